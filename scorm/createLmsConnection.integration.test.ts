// @vitest-environment happy-dom
/**
 * The SCORM core against a real run-time: scorm-again's Scorm12API and Scorm2004API (no LMS server:
 * `lmsCommitUrl: false` keeps commits local). Values are read back from the API's `cmi` object.
 */
import type { FoundScormApi, Scorm12Api, Scorm2004Api } from './findScormApi.ts'
import type { LearnerRecord } from './suspendData.ts'
import { Scorm12API, Scorm2004API } from 'scorm-again'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createLmsConnection } from './createLmsConnection.ts'
import { findScormApi } from './findScormApi.ts'
import { scormReport } from './scormReport.ts'
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMITS } from './suspendData.ts'

/** The course window, where an LMS publishes `API` / `API_1484_11`. */
const lmsWindow = window as unknown as Record<string, unknown>

const settings = { lmsCommitUrl: false, autocommit: false, logLevel: 5 } as const

const record: LearnerRecord = {
  slide: 23,
  seen: [
    ...Array.from({ length: 23 }, (_, i) => i + 1),
    30,
  ],
  completed: true,
  exercises: {
    'q-why': {
      v: 1,
      type: 'single-choice',
      id: 'q-why',
      rv: 1,
      response: 'b',
      checked: true,
      revealed: false,
      attempts: 1,
    },
    'plan': {
      v: 1,
      type: 'action-plan',
      id: 'plan',
      rv: 1,
      response: {
        steps: ['走访十户群众'],
      },
      checked: true,
      revealed: false,
      attempts: 1,
    },
  },
}

const result = {
  progress: 1,
  scoreRaw: 17,
  scoreMax: 20,
  postTestScore: 9,
  postTestMax: 10,
  completed: true,
}

function silentWarn() {
  return vi.fn<(message: string) => void>()
}

describe('createLmsConnection with scorm-again', () => {
  afterEach(() => {
    delete lmsWindow.API
    delete lmsWindow.API_1484_11
  })

  it('runs a SCORM 1.2 session: initialize, set, commit, terminate', () => {
    const api = new Scorm12API(settings)
    lmsWindow.API = api
    const found = findScormApi(window)
    expect(found?.version).toBe('1.2')
    const warn = silentWarn()
    const lms = createLmsConnection(found!, { warn })

    expect(lms.initialize()).toBe(true)
    expect(lms.get('cmi.suspend_data')).toBe('')
    const suspendData = encodeSuspendData(record, '1.2')
    expect(suspendData.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMITS['1.2'])
    for (const [key, value] of scormReport(result, '1.2'))
      expect(lms.set(key, value), key).toBe(true)
    expect(lms.set('cmi.suspend_data', suspendData)).toBe(true)
    expect(lms.set('cmi.core.lesson_location', record.slide)).toBe(true)
    expect(lms.commit()).toBe(true)
    expect(lms.get('cmi.core.lesson_status')).toBe('passed')
    expect(lms.terminate()).toBe(true)
    expect(lms.terminate()).toBe(true)

    expect(api.cmi.core.lesson_status).toBe('passed')
    expect(api.cmi.core.score.raw).toBe('85')
    expect(api.cmi.core.score.min).toBe('0')
    expect(api.cmi.core.score.max).toBe('100')
    expect(api.cmi.core.lesson_location).toBe('23')
    expect(decodeSuspendData(api.cmi.suspend_data)).toEqual(record)
    expect(warn).not.toHaveBeenCalled()
  })

  it('runs a SCORM 2004 session: initialize, set, commit, terminate', () => {
    const api = new Scorm2004API(settings)
    lmsWindow.API_1484_11 = api
    const found = findScormApi()
    expect(found?.version).toBe('2004')
    const warn = silentWarn()
    const lms = createLmsConnection(found!, { warn })

    expect(lms.initialize()).toBe(true)
    expect(lms.get('cmi.suspend_data')).toBe('')
    for (const [key, value] of scormReport(result, '2004'))
      expect(lms.set(key, value), key).toBe(true)
    expect(lms.set('cmi.suspend_data', encodeSuspendData(record, '2004'))).toBe(true)
    expect(lms.set('cmi.location', String(record.slide))).toBe(true)
    expect(lms.commit()).toBe(true)
    expect(lms.terminate()).toBe(true)

    expect(api.cmi.completion_status).toBe('completed')
    expect(api.cmi.success_status).toBe('passed')
    expect(api.cmi.score.raw).toBe('17')
    expect(api.cmi.score.max).toBe('20')
    expect(api.cmi.score.scaled).toBe('0.85')
    expect(api.cmi.progress_measure).toBe('1')
    expect(api.cmi.location).toBe('23')
    expect(decodeSuspendData(api.cmi.suspend_data)).toEqual(record)
    expect(warn).not.toHaveBeenCalled()
  })

  it('accepts a suspend_data of the full 1.2 limit, and every report of a failed or partial result', () => {
    const api = new Scorm12API(settings)
    const lms = createLmsConnection({ version: '1.2', api }, {
      warn: silentWarn(),
    })
    lms.initialize()
    const huge = {
      ...record,
      exercises: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [
        `q${i}`,
        {
          v: 1,
          type: 'rewrite',
          id: `q${i}`,
          rv: 1,
          response: '改写'.repeat(20),
          checked: true,
          revealed: false,
          attempts: 3,
        },
      ])),
    }
    const text = encodeSuspendData(huge, '1.2')
    expect(text.length).toBeGreaterThan(4000)
    expect(lms.set('cmi.suspend_data', text)).toBe(true)
    for (const [key, value] of scormReport({
      progress: 0.3,
      scoreRaw: 1,
      scoreMax: 3,
      postTestScore: 1,
      postTestMax: 10,
      completed: false,
    }, '1.2'))
      expect(lms.set(key, value), key).toBe(true)
    expect(api.cmi.core.lesson_status).toBe('failed')
    expect(api.cmi.core.score.raw).toBe('33.33')

    const api2004 = new Scorm2004API(settings)
    const lms2004 = createLmsConnection({ version: '2004', api: api2004 }, {
      warn: silentWarn(),
    })
    lms2004.initialize()
    for (const [key, value] of scormReport({
      progress: 1 / 3,
      scoreRaw: 2,
      scoreMax: 3,
      completed: false,
    }, '2004'))
      expect(lms2004.set(key, value), key).toBe(true)
    expect(api2004.cmi.score.scaled).toBe('0.6666667')
    expect(api2004.cmi.progress_measure).toBe('0.3333333')
    expect(api2004.cmi.success_status).toBe('unknown')
  })

  it('reports what the real API rejects, once, and keeps working', () => {
    const api = new Scorm2004API(settings)
    const warn = silentWarn()
    const lms = createLmsConnection({ version: '2004', api }, { warn })
    expect(lms.set('cmi.location', '1')).toBe(false)
    lms.initialize()
    expect(lms.set('cmi.completion_status', 'finished')).toBe(false)
    expect(lms.set('cmi.completion_status', 'done')).toBe(false)
    expect(lms.get('cmi.no_such_element')).toBeUndefined()
    expect(lms.set('cmi.completion_status', 'completed')).toBe(true)
    expect(api.cmi.completion_status).toBe('completed')
    expect(warn.mock.calls.map(call => call[0])).toEqual([
      expect.stringContaining('SetValue skipped: the session is not initialized'),
      expect.stringMatching(/SetValue\("cmi.completion_status"\) failed: LMS error 406 /),
      expect.stringMatching(/GetValue\("cmi.no_such_element"\) failed: LMS error 401 /),
    ])
  })
})

describe('a failing LMS never breaks the course', () => {
  /** scorm-again's API behind a flaky network: Commit throws, then answers "false", then recovers. */
  function flaky(api: InstanceType<typeof Scorm2004API>): Scorm2004Api {
    let commits = 0
    return {
      Initialize: p => api.Initialize(p),
      Terminate: p => api.Terminate(p),
      GetValue: key => api.GetValue(key),
      SetValue: (key, value) => api.SetValue(key, value),
      Commit: (p) => {
        commits++
        if (commits === 1)
          throw new Error('NetworkError when attempting to fetch resource.')
        if (commits === 2)
          return 'false'
        return api.Commit(p)
      },
      // eslint-disable-next-line unicorn/throw-new-error -- an LMS method, not an Error class: `--fix` would add a `new` that throws
      GetLastError: () => api.GetLastError(),
      GetErrorString: code => api.GetErrorString(code),
      GetDiagnostic: code => api.GetDiagnostic(code),
    }
  }

  it('retries a failed commit until the LMS takes it', () => {
    const api = new Scorm2004API(settings)
    const warn = silentWarn()
    const lms = createLmsConnection({
      version: '2004',
      api: flaky(api),
    }, { warn })
    lms.initialize()
    lms.set('cmi.suspend_data', encodeSuspendData(record, '2004'))
    expect(lms.commit()).toBe(false)
    expect(lms.commitPending).toBe(true)
    expect(lms.retryPendingCommit()).toBe(false)
    expect(lms.commitPending).toBe(true)
    lms.set('cmi.location', '24')
    expect(lms.terminate()).toBe(true)
    expect(lms.commitPending).toBe(false)
    expect(api.cmi.location).toBe('24')
    expect(decodeSuspendData(api.cmi.suspend_data)).toEqual(record)
    expect(warn).toHaveBeenCalledTimes(2)
    expect(warn.mock.calls[0]![0]).toContain('Commit threw Error: NetworkError')
    expect(warn.mock.calls[1]![0]).toContain('Commit failed: LMS error 0')
  })

  it('survives an API whose every method throws', () => {
    const broken = new Proxy({}, {
      get: () => () => {
        throw new Error('LMS unavailable')
      },
    }) as Scorm12Api
    const found: FoundScormApi = { version: '1.2', api: broken }
    const warn = silentWarn()
    const lms = createLmsConnection(found, { warn })
    expect(lms.initialize()).toBe(false)
    expect(lms.set('cmi.core.lesson_status', 'completed')).toBe(false)
    expect(lms.get('cmi.suspend_data')).toBeUndefined()
    expect(lms.commit()).toBe(false)
    expect(lms.terminate()).toBe(false)
    expect(warn.mock.calls.map(call => call[0])).toEqual([
      '[scorm 1.2] LMSInitialize threw Error: LMS unavailable (reported once)',
      '[scorm 1.2] LMSSetValue skipped: the session is not initialized (reported once)',
      '[scorm 1.2] LMSGetValue skipped: the session is not initialized (reported once)',
      '[scorm 1.2] LMSCommit skipped: the session is not initialized (reported once)',
      '[scorm 1.2] LMSFinish skipped: the session was never initialized (reported once)',
    ])
  })
})
