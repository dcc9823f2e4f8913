/**
 * The LMS side of the SCORM e2e tests, driven by tests/lib/lms.ts through `window.lms`:
 * - `launch(version, saved, faults)`: a fresh run-time API (scorm-again's Scorm12API or Scorm2004API,
 *   no LMS server: commits stay here), loaded with what an earlier attempt saved, published as
 *   `window.API` or `window.API_1484_11`; then the package's launch file in the frame.
 *   `faults.failCommits`: that many commits answer "false" with error 101 (1.2) / 391 (2004) first;
 *   `faults.throwCommits`: that many commits throw first.
 * - `close()`: unloads the course (the learner leaves), which must end the session.
 * - `calls`: every API call the course made, with its arguments and answer.
 * - `cmi()`: the run-time data model as JSON, as an LMS would store it.
 */
/* global Scorm12API, Scorm2004API */
const METHODS = {
  1.2: [
    'LMSInitialize',
    'LMSFinish',
    'LMSGetValue',
    'LMSSetValue',
    'LMSCommit',
    'LMSGetLastError',
    'LMSGetErrorString',
    'LMSGetDiagnostic',
  ],
  2004: [
    'Initialize',
    'Terminate',
    'GetValue',
    'SetValue',
    'Commit',
    'GetLastError',
    'GetErrorString',
    'GetDiagnostic',
  ],
}
const COMMIT = { 1.2: 'LMSCommit', 2004: 'Commit' }
const LAUNCH = 'content/42/index.html'

window.lms = {
  calls: [],
  api: undefined,
  version: undefined,
  launch(version, saved, faults = {}) {
    const settings = { lmsCommitUrl: false, autocommit: false, logLevel: 5 }
    const api = version === '1.2'
      ? new Scorm12API(settings)
      : new Scorm2004API(settings)
    if (saved)
      api.loadFromJSON(saved)
    let failCommits = faults.failCommits ?? 0
    let throwCommits = faults.throwCommits ?? 0
    for (const name of METHODS[version]) {
      const call = api[name].bind(api)
      api[name] = (...args) => {
        let result
        if (name === COMMIT[version] && throwCommits > 0) {
          throwCommits--
          this.calls.push({ name, args, result: 'threw' })
          throw new Error('LMS harness: commit refused by the test')
        }
        if (name === COMMIT[version] && failCommits > 0) {
          failCommits--
          result = 'false'
          api.lastErrorCode = version === '1.2'
            ? '101'
            : '391'
        }
        else {
          result = call(...args)
        }
        this.calls.push({
          name,
          args,
          result: String(result),
        })
        return result
      }
    }
    delete window.API
    delete window.API_1484_11
    if (version === '1.2')
      window.API = api
    else
      window.API_1484_11 = api
    this.api = api
    this.version = version
    document.getElementById('course').src = LAUNCH
  },
  close() {
    document.getElementById('course').src = 'about:blank'
  },
  cmi() {
    return JSON.parse(JSON.stringify(this.api.cmi))
  },
}
