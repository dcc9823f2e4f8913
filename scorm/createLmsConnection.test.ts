import type { FoundScormApi, ScormVersion } from './findScormApi.ts'
import { describe, expect, it, vi } from 'vitest'
import { createLmsConnection } from './createLmsConnection.ts'

type Operation = 'initialize' | 'get' | 'set' | 'commit' | 'terminate' | 'lastError' | 'errorString' | 'diagnostic'

const NAMES: Record<ScormVersion, Record<Operation, string>> = {
  1.2: {
    initialize: 'LMSInitialize',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    terminate: 'LMSFinish',
    lastError: 'LMSGetLastError',
    errorString: 'LMSGetErrorString',
    diagnostic: 'LMSGetDiagnostic',
  },
  2004: {
    initialize: 'Initialize',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    terminate: 'Terminate',
    lastError: 'GetLastError',
    errorString: 'GetErrorString',
    diagnostic: 'GetDiagnostic',
  },
}

/**
 * A scriptable LMS API stub: every method is a spy; `results` overrides what an operation answers
 * (a function may throw). Values set are kept and read back; the error code is "0" unless set.
 */
function stubLms(version: ScormVersion, results: Partial<Record<Operation, (...args: string[]) => unknown>> = {}) {
  const values = new Map<string, string>()
  const lms = { errorCode: '0' }
  const defaults: Record<Operation, (...args: string[]) => unknown> = {
    initialize: () => 'true',
    get: key => values.get(key ?? '') ?? '',
    set: (key, value) => {
      values.set(key ?? '', value ?? '')
      return 'true'
    },
    commit: () => 'true',
    terminate: () => 'true',
    lastError: () => lms.errorCode,
    errorString: code => `Error string ${code}`,
    diagnostic: code => `Diagnostic ${code}`,
  }
  const api = Object.fromEntries((Object.keys(NAMES[version]) as Operation[]).map(operation => [
    NAMES[version][operation],
    vi.fn((...args: string[]) => (results[operation] ?? defaults[operation])(...args)),
  ]))
  const found = { version, api } as unknown as FoundScormApi
  const calls = (operation: Operation) => api[NAMES[version][operation]]!.mock.calls
  return { found, api, values, lms, calls }
}

function connect(version: ScormVersion, results?: Parameters<typeof stubLms>[1]) {
  const stub = stubLms(version, results)
  const warn = vi.fn<(message: string) => void>()
  const connection = createLmsConnection(stub.found, { warn })
  return { ...stub, warn, connection }
}

describe.each(['1.2', '2004'] as const)('createLmsConnection (SCORM %s)', (version) => {
  const names = NAMES[version]

  it(`maps the five operations to ${names.initialize}, ${names.get}, ${names.set}, ${names.commit}, ${names.terminate}`, () => {
    const { connection, api, warn } = connect(version)
    expect(connection.version).toBe(version)
    expect(connection.state).toBe('not-initialized')
    expect(connection.initialize()).toBe(true)
    expect(connection.state).toBe('initialized')
    expect(connection.set('cmi.suspend_data', 'abc')).toBe(true)
    expect(connection.set('cmi.score.raw', 7.5)).toBe(true)
    expect(connection.get('cmi.suspend_data')).toBe('abc')
    expect(connection.commit()).toBe(true)
    expect(connection.terminate()).toBe(true)
    expect(connection.state).toBe('terminated')
    expect(api[names.initialize]).toHaveBeenCalledWith('')
    expect(api[names.set]).toHaveBeenCalledWith('cmi.score.raw', '7.5')
    expect(api[names.get]).toHaveBeenCalledWith('cmi.suspend_data')
    expect(api[names.commit]).toHaveBeenCalledWith('')
    expect(api[names.terminate]).toHaveBeenCalledWith('')
    expect(warn).not.toHaveBeenCalled()
  })

  it('initializes once; a failed initialize can be tried again', () => {
    let answer = 'false'
    const { connection, calls, warn, lms } = connect(version, {
      initialize: () => answer,
    })
    lms.errorCode = '101'
    expect(connection.initialize()).toBe(false)
    expect(connection.state).toBe('not-initialized')
    expect(warn).toHaveBeenCalledOnce()
    expect(warn.mock.calls[0]![0]).toContain(`${names.initialize} failed: LMS error 101 Error string 101 — Diagnostic 101`)
    answer = 'true'
    expect(connection.initialize()).toBe(true)
    expect(connection.initialize()).toBe(true)
    expect(calls('initialize')).toHaveLength(2)
  })

  it('accepts a boolean true from the LMS', () => {
    const { connection } = connect(version, {
      initialize: () => true,
      commit: () => true,
    })
    expect(connection.initialize()).toBe(true)
    expect(connection.commit()).toBe(true)
  })

  it('does not call the LMS before initialize or after terminate, and warns once per kind', () => {
    const { connection, calls, warn } = connect(version)
    expect(connection.set('cmi.suspend_data', 'x')).toBe(false)
    expect(connection.set('cmi.suspend_data', 'y')).toBe(false)
    expect(connection.get('cmi.suspend_data')).toBeUndefined()
    expect(connection.commit()).toBe(false)
    expect(calls('set')).toHaveLength(0)
    expect(calls('get')).toHaveLength(0)
    expect(calls('commit')).toHaveLength(0)
    expect(warn).toHaveBeenCalledTimes(3)
    expect(warn.mock.calls[0]![0]).toContain('not initialized')

    connection.initialize()
    connection.terminate()
    expect(connection.set('cmi.suspend_data', 'z')).toBe(false)
    expect(connection.initialize()).toBe(false)
    expect(calls('set')).toHaveLength(0)
    expect(calls('initialize')).toHaveLength(1)
  })

  it('reads an empty value as "" and a failed read as undefined', () => {
    const { connection, lms, warn } = connect(version)
    connection.initialize()
    expect(connection.get('cmi.suspend_data')).toBe('')
    lms.errorCode = '401'
    expect(connection.get('cmi.unknown')).toBeUndefined()
    expect(connection.get('cmi.other')).toBeUndefined()
    expect(warn).toHaveBeenCalledOnce()
    expect(warn.mock.calls[0]![0]).toContain(`${names.get}("cmi.unknown") failed: LMS error 401`)
  })

  it('reports a rejected value with its LMS error code, once per code', () => {
    const { connection, lms, warn } = connect(version, {
      set: () => 'false',
    })
    connection.initialize()
    lms.errorCode = '405'
    expect(connection.set('cmi.a', 'x')).toBe(false)
    expect(connection.set('cmi.b', 'x')).toBe(false)
    lms.errorCode = '351'
    expect(connection.set('cmi.c', 'x')).toBe(false)
    expect(warn).toHaveBeenCalledTimes(2)
    expect(warn.mock.calls[0]![0]).toMatch(new RegExp(`^\\[scorm ${version}\\] ${names.set}\\("cmi.a"\\) failed: LMS error 405 Error string 405`))
    expect(warn.mock.calls[1]![0]).toContain('LMS error 351')
    expect(connection.commit()).toBe(true)
  })

  it('keeps working when the LMS throws, even in its error functions', () => {
    const boom = () => {
      throw new TypeError('LMS is gone')
    }
    const { connection, warn } = connect(version, {
      set: boom,
      get: boom,
      commit: () => 'false',
      lastError: boom,
      errorString: boom,
      diagnostic: boom,
    })
    expect(connection.initialize()).toBe(true)
    expect(connection.set('cmi.a', '1')).toBe(false)
    expect(connection.set('cmi.b', '2')).toBe(false)
    expect(connection.get('cmi.a')).toBeUndefined()
    expect(connection.commit()).toBe(false)
    expect(connection.terminate()).toBe(true)
    expect(warn.mock.calls.map(call => call[0])).toEqual([
      `[scorm ${version}] ${names.set}("cmi.a") threw TypeError: LMS is gone (reported once)`,
      `[scorm ${version}] ${names.get}("cmi.a") threw TypeError: LMS is gone (reported once)`,
      `[scorm ${version}] ${names.commit} failed: LMS error 0 (reported once)`,
    ])
  })

  it('remembers a failed commit and retries it', () => {
    let failures = 2
    const { connection, calls, warn } = connect(version, {
      commit: () => {
        if (failures-- > 0)
          throw new Error('network down')
        return 'true'
      },
    })
    connection.initialize()
    expect(connection.retryPendingCommit()).toBe(true)
    expect(calls('commit')).toHaveLength(0)
    expect(connection.commit()).toBe(false)
    expect(connection.commitPending).toBe(true)
    expect(connection.retryPendingCommit()).toBe(false)
    expect(connection.commitPending).toBe(true)
    expect(connection.retryPendingCommit()).toBe(true)
    expect(connection.commitPending).toBe(false)
    expect(connection.retryPendingCommit()).toBe(true)
    expect(calls('commit')).toHaveLength(3)
    expect(warn).toHaveBeenCalledOnce()
  })

  it('retries a pending commit before terminating, and terminates only once', () => {
    let commitAnswer = 'false'
    const { connection, calls } = connect(version, {
      commit: () => commitAnswer,
    })
    connection.initialize()
    connection.commit()
    expect(connection.commitPending).toBe(true)
    commitAnswer = 'true'
    expect(connection.terminate()).toBe(true)
    expect(connection.commitPending).toBe(false)
    expect(calls('commit')).toHaveLength(2)
    expect(connection.terminate()).toBe(true)
    expect(calls('terminate')).toHaveLength(1)
  })

  it('terminates once even when the LMS refuses, and keeps the first answer', () => {
    const { connection, calls, warn } = connect(version, {
      terminate: () => 'false',
    })
    connection.initialize()
    expect(connection.terminate()).toBe(false)
    expect(connection.terminate()).toBe(false)
    expect(calls('terminate')).toHaveLength(1)
    expect(warn).toHaveBeenCalledOnce()
  })

  it('does not terminate a session that was never initialized', () => {
    const { connection, calls } = connect(version, {
      initialize: () => 'false',
    })
    connection.initialize()
    expect(connection.terminate()).toBe(false)
    expect(connection.state).toBe('terminated')
    expect(calls('terminate')).toHaveLength(0)
  })

  it('warns through console.warn by default', () => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      const connection = createLmsConnection(stubLms(version, {
        initialize: () => 'false',
      }).found)
      connection.initialize()
      connection.initialize()
      expect(spy).toHaveBeenCalledOnce()
    }
    finally {
      spy.mockRestore()
    }
  })
})

describe('createLmsConnection, version differences', () => {
  it('reads SCORM 2004 error 403 (value not initialized) as an empty value', () => {
    const { connection, lms, warn } = connect('2004')
    connection.initialize()
    lms.errorCode = '403'
    expect(connection.get('cmi.suspend_data')).toBe('')
    expect(warn).not.toHaveBeenCalled()
  })

  it('treats error 403 on an empty read as a failure in SCORM 1.2, where it means something else', () => {
    const { connection, lms, warn } = connect('1.2')
    connection.initialize()
    lms.errorCode = '403'
    expect(connection.get('cmi.core.lesson_location')).toBeUndefined()
    expect(warn).toHaveBeenCalledOnce()
  })
})
