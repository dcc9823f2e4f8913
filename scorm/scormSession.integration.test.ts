// @vitest-environment happy-dom
/**
 * One SCORM attempt (scormSession.ts) against a real run-time: scorm-again's Scorm12API and
 * Scorm2004API (no LMS server: `lmsCommitUrl: false` keeps commits local). Values are read back from
 * the API's data model, write-only elements included (`renderCMIToJSONObject`).
 */
import type { FoundScormApi, ScormVersion } from './findScormApi.ts'
import type { CourseResult } from './scormReport.ts'
import type { ScormSessionOptions } from './scormSession.ts'
import { Scorm12API, Scorm2004API } from 'scorm-again'
import { describe, expect, it, vi } from 'vitest'
import { exerciseState } from '../tests/lib/exercise-state.ts'
import { emptyLearnerRecord } from './learnerRecordStore.ts'
import { formatSessionTime, startScormSession } from './scormSession.ts'
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMITS } from './suspendData.ts'

const DECK = '样例课程'
const settings = { lmsCommitUrl: false, autocommit: false, logLevel: 5 } as const

const METHODS = {
  1.2: {
    initialize: 'LMSInitialize',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    terminate: 'LMSFinish',
  },
  2004: {
    initialize: 'Initialize',
    set: 'SetValue',
    commit: 'Commit',
    terminate: 'Terminate',
  },
} as const

const ELEMENTS = {
  1.2: { location: 'cmi.core.lesson_location', exit: 'cmi.core.exit', sessionTime: 'cmi.core.session_time' },
  2004: { location: 'cmi.location', exit: 'cmi.exit', sessionTime: 'cmi.session_time' },
} as const

type LmsMethod = (parameter?: string, value?: string) => string

/** A new scorm-again run-time of `version`, loaded with `suspendData` from an earlier attempt. */
function lms(version: ScormVersion, suspendData?: string) {
  const api = version === '1.2'
    ? new Scorm12API(settings)
    : new Scorm2004API(settings)
  if (suspendData !== undefined)
    api.loadFromJSON({ suspend_data: suspendData })
  const methods = api as unknown as Record<string, LmsMethod>
  const names = METHODS[version]
  const realCommit = methods[names.commit]!
  return {
    api,
    found: { version, api } as FoundScormApi,
    elements: ELEMENTS[version],
    realCommit: () => realCommit.call(api, ''),
    commit: vi.spyOn(methods, names.commit),
    set: vi.spyOn(methods, names.set),
    terminate: vi.spyOn(methods, names.terminate),
    /** The value of `element` ("cmi.core.exit"), write-only elements included. */
    value(element: string): unknown {
      return element.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api.renderCMIToJSONObject())
    },
  }
}

type Lms = ReturnType<typeof lms>

function started() {
  return {
    progress: 0,
    scoreRaw: 0,
    scoreMax: 0,
    completed: false,
  } satisfies CourseResult
}

/** A session on `l` whose course result is `holder.result`, with a recorded `warn`. */
function start(l: Lms, options: Partial<ScormSessionOptions> = {}) {
  const holder = {
    result: started() as CourseResult,
  }
  const warn = vi.fn<(message: string) => void>()
  const session = startScormSession(l.found, {
    deck: DECK,
    result: () => holder.result,
    warn,
    ...options,
  })
  return { session: session!, holder, warn }
}

function slides(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i + 1)
}

const SESSION_TIME = {
  1.2: /^\d{2,4}:\d{2}:\d{2}\.\d{2}$/,
  2004: /^PT\d+H\d+M\d+(?:\.\d{1,2})?S$/,
} as const

describe.each(['1.2', '2004'] as const)('a SCORM %s session with scorm-again', (version) => {
  it('initializes the attempt and starts with an empty record', () => {
    const l = lms(version)
    const { session, warn } = start(l)
    expect(session.version).toBe(version)
    expect(session.connection.state).toBe('initialized')
    expect(l.api.isInitialized()).toBe(true)
    expect(session.record.snapshot()).toEqual(emptyLearnerRecord())
    expect(warn).not.toHaveBeenCalled()
  })

  it('writes the record and the location at flush; the next attempt restores them', () => {
    const first = lms(version)
    const { session, holder, warn } = start(first)
    session.record.progress.save({
      v: 1,
      deck: DECK,
      slide: 3,
      seen: [1, 2, 3],
    })
    session.record.exercises.save('q1', exerciseState('q1'))
    session.record.exercises.save('plan', exerciseState('plan', 'action-plan', {
      steps: ['走访十户群众'],
    }))
    holder.result = {
      progress: 0.3,
      scoreRaw: 1,
      scoreMax: 2,
      completed: false,
    }
    expect(session.flush()).toBe(true)
    expect(first.value(first.elements.location)).toBe('3')
    const saved = first.api.cmi.suspend_data
    expect(decodeSuspendData(saved)).toEqual({
      slide: 3,
      seen: [1, 2, 3],
      completed: false,
      exercises: {
        q1: exerciseState('q1'),
        plan: exerciseState('plan', 'action-plan', {
          steps: ['走访十户群众'],
        }),
      },
    })
    expect(session.finish()).toBe(true)

    const next = lms(version, saved)
    const again = start(next)
    expect(again.session.record.snapshot()).toEqual(decodeSuspendData(saved))
    expect(again.session.record.progress.load(DECK)).toEqual({
      v: 1,
      deck: DECK,
      slide: 3,
      seen: [1, 2, 3],
    })
    expect(again.session.record.exercises.load('plan')).toEqual(exerciseState('plan', 'action-plan', {
      steps: ['走访十户群众'],
    }))
    // What the LMS already holds is not sent again.
    expect(again.session.flush()).toBe(true)
    expect(next.set.mock.calls.map(call => call[0])).not.toContain('cmi.suspend_data')
    expect(next.api.cmi.suspend_data).toBe(saved)
    expect(warn).not.toHaveBeenCalled()
    expect(again.warn).not.toHaveBeenCalled()
  })

  it('commits only when something changed', () => {
    const l = lms(version)
    const { session, holder } = start(l)
    expect(session.flush()).toBe(true)
    expect(l.commit).toHaveBeenCalledTimes(1)
    expect(session.flush()).toBe(true)
    expect(session.flush()).toBe(true)
    expect(l.commit).toHaveBeenCalledTimes(1)

    session.record.exercises.save('q1', exerciseState('q1'))
    expect(session.flush()).toBe(true)
    expect(l.commit).toHaveBeenCalledTimes(2)
    holder.result = {
      progress: 0.5,
      scoreRaw: 1,
      scoreMax: 1,
      completed: false,
    }
    expect(session.flush()).toBe(true)
    expect(l.commit).toHaveBeenCalledTimes(3)
    expect(session.flush()).toBe(true)
    expect(l.commit).toHaveBeenCalledTimes(3)
  })

  it('finishes once: last flush, exit "suspend", the session time, terminate', () => {
    const l = lms(version)
    let clock = 1_000_000
    const { session, warn } = start(l, {
      now: () => clock,
    })
    session.record.progress.save({
      v: 1,
      deck: DECK,
      slide: 2,
      seen: [1, 2],
    })
    clock += 3_723_450
    expect(session.finish()).toBe(true)
    expect(l.terminate).toHaveBeenCalledTimes(1)
    expect(session.connection.state).toBe('terminated')
    expect(l.value(l.elements.exit)).toBe('suspend')
    const sessionTime = l.value(l.elements.sessionTime)
    expect(sessionTime).toMatch(SESSION_TIME[version])
    expect(sessionTime).toBe(version === '1.2'
      ? '01:02:03.45'
      : 'PT1H2M3.45S')
    expect(l.value(l.elements.location)).toBe('2')
    expect(decodeSuspendData(l.api.cmi.suspend_data)?.slide).toBe(2)

    const commits = l.commit.mock.calls.length
    expect(session.finish()).toBe(false)
    session.record.exercises.save('q1', exerciseState('q1'))
    expect(session.flush()).toBe(false)
    expect(l.terminate).toHaveBeenCalledTimes(1)
    expect(l.commit).toHaveBeenCalledTimes(commits)
    expect(warn).not.toHaveBeenCalled()
  })

  it.each([
    '{"v":9}',
    'garbage',
    '{"v":1,"s":3,"c":0,"r":"1-3"}',
  ])('ignores suspend_data %s with one warning and starts fresh', (text) => {
    const l = lms(version, text)
    const { session, warn } = start(l)
    expect(session.record.snapshot()).toEqual(emptyLearnerRecord())
    expect(session.record.progress.load(DECK)).toBeUndefined()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]![0]).toContain('ignored cmi.suspend_data')
    expect(session.flush()).toBe(true)
    expect(decodeSuspendData(l.api.cmi.suspend_data)).toEqual(emptyLearnerRecord())
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('returns undefined when the LMS refuses to initialize', () => {
    const l = lms(version)
    const methods = l.api as unknown as Record<string, LmsMethod>
    // An attempt that is already running: scorm-again answers "false" (error 101 / 103).
    expect(methods[METHODS[version].initialize]!('')).toBe('true')
    const warn = vi.fn<(message: string) => void>()
    expect(startScormSession(l.found, { deck: DECK, result: started, warn })).toBeUndefined()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]![0]).toContain(`${METHODS[version].initialize} failed`)
  })

  it('survives a commit that throws, warns once, and retries it at the next flush', () => {
    const l = lms(version)
    let failing = true
    l.commit.mockImplementation(() => {
      if (failing)
        throw new Error('NetworkError when attempting to fetch resource.')
      return l.realCommit()
    })
    const { session, warn } = start(l)
    session.record.exercises.save('q1', exerciseState('q1'))
    expect(session.flush()).toBe(false)
    expect(session.connection.commitPending).toBe(true)
    expect(session.flush()).toBe(false)
    expect(l.commit).toHaveBeenCalledTimes(2)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]![0]).toContain('threw Error: NetworkError')

    failing = false
    expect(session.flush()).toBe(true)
    expect(l.commit).toHaveBeenCalledTimes(3)
    expect(session.connection.commitPending).toBe(false)
    expect(session.flush()).toBe(true)
    expect(l.commit).toHaveBeenCalledTimes(3)
    expect(decodeSuspendData(l.api.cmi.suspend_data)?.exercises).toEqual({
      q1: exerciseState('q1'),
    })
  })

  it('retries a failed commit at finish', () => {
    const l = lms(version)
    let failing = true
    l.commit.mockImplementation(() => {
      if (failing)
        throw new Error('NetworkError when attempting to fetch resource.')
      return l.realCommit()
    })
    const { session, warn } = start(l)
    session.record.exercises.save('q1', exerciseState('q1'))
    expect(session.flush()).toBe(false)
    failing = false
    expect(session.finish()).toBe(true)
    expect(l.commit).toHaveBeenCalledTimes(2)
    expect(l.commit.mock.invocationCallOrder[1]).toBeLessThan(l.terminate.mock.invocationCallOrder[0]!)
    expect(session.connection.commitPending).toBe(false)
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('still terminates when the commit keeps failing at finish', () => {
    const l = lms(version)
    l.commit.mockImplementation(() => {
      throw new Error('offline')
    })
    const { session, warn } = start(l)
    session.record.exercises.save('q1', exerciseState('q1'))
    expect(session.flush()).toBe(false)
    expect(() => session.finish()).not.toThrow()
    expect(l.terminate).toHaveBeenCalledTimes(1)
    expect(l.commit.mock.calls.length).toBeGreaterThanOrEqual(2)
    expect(session.connection.state).toBe('terminated')
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('keeps the completion state once reached, also in the next attempt', () => {
    const l = lms(version)
    const { session, holder } = start(l)
    holder.result = {
      progress: 1,
      scoreRaw: 0,
      scoreMax: 0,
      completed: true,
    }
    session.flush()
    expect(session.record.snapshot().completed).toBe(true)
    // The learner clears their progress: the course stays completed.
    session.record.progress.remove(DECK)
    holder.result = {
      progress: 0,
      scoreRaw: 0,
      scoreMax: 0,
      completed: false,
    }
    session.flush()
    const status = version === '1.2'
      ? 'cmi.core.lesson_status'
      : 'cmi.completion_status'
    expect(l.value(status)).toBe('completed')
    session.finish()

    const next = lms(version, l.api.cmi.suspend_data)
    const again = start(next)
    expect(again.session.record.snapshot().completed).toBe(true)
    again.session.flush()
    expect(next.value(status)).toBe('completed')
  })
})

describe('sCORM 1.2 report', () => {
  it('goes incomplete → completed → passed as the learner works', () => {
    const l = lms('1.2')
    const api = l.api as InstanceType<typeof Scorm12API>
    const { session, holder, warn } = start(l)
    expect(api.cmi.core.lesson_status).toBe('not attempted')
    session.flush()
    expect(api.cmi.core.lesson_status).toBe('incomplete')
    expect(api.cmi.core.score.raw).toBe('')

    holder.result = {
      progress: 1,
      scoreRaw: 3,
      scoreMax: 4,
      completed: true,
    }
    session.flush()
    expect(api.cmi.core.lesson_status).toBe('completed')
    expect(api.cmi.core.score.raw).toBe('75')
    expect(api.cmi.core.score.min).toBe('0')
    expect(api.cmi.core.score.max).toBe('100')

    holder.result = {
      ...holder.result,
      scoreRaw: 12,
      scoreMax: 14,
      postTestScore: 9,
      postTestMax: 10,
      masteryThreshold: 0.8,
    }
    session.flush()
    expect(api.cmi.core.lesson_status).toBe('passed')
    expect(api.cmi.core.score.raw).toBe('85.71')
    expect(warn).not.toHaveBeenCalled()
  })

  it('reports failed below the mastery threshold of the deck', () => {
    const l = lms('1.2')
    const api = l.api as InstanceType<typeof Scorm12API>
    const { session, holder } = start(l)
    holder.result = {
      progress: 1,
      scoreRaw: 7,
      scoreMax: 10,
      postTestScore: 7,
      postTestMax: 10,
      masteryThreshold: 0.8,
      completed: true,
    }
    session.flush()
    expect(api.cmi.core.lesson_status).toBe('failed')
    holder.result = { ...holder.result, masteryThreshold: 0.7 }
    session.flush()
    expect(api.cmi.core.lesson_status).toBe('passed')
  })

  it('keeps suspend_data within 4096 characters; the current slide and completion survive', () => {
    const l = lms('1.2')
    const { session, holder, warn } = start(l)
    const answer = '群众工作方法'.repeat(34).slice(0, 200)
    const ids = Array.from({ length: 60 }, (_, i) => `rewrite-${i + 1}`)
    for (const id of ids)
      session.record.exercises.save(id, exerciseState(id, 'rewrite', { text: answer }))
    session.record.progress.save({
      v: 1,
      deck: DECK,
      slide: 42,
      seen: slides(42),
    })
    holder.result = {
      progress: 1,
      scoreRaw: 50,
      scoreMax: 60,
      completed: true,
    }
    expect(encodeSuspendData(session.record.snapshot(), '2004', { limit: 1e6 }).length).toBeGreaterThan(60 * 200 * 6)
    expect(session.flush()).toBe(true)

    const saved = l.api.cmi.suspend_data
    expect(saved.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMITS['1.2'])
    expect(saved).toMatch(/^[\x20-\x7E]*$/)
    const decoded = decodeSuspendData(saved)!
    expect(decoded.slide).toBe(42)
    expect(decoded.completed).toBe(true)
    expect(decoded.seenCount).toBe(42)
    const kept = Object.keys(decoded.exercises)
    expect(kept.length).toBeGreaterThan(0)
    expect(kept).toEqual(ids.slice(-kept.length))
    expect(decoded.exercises[kept[0]!]).toEqual(exerciseState(kept[0]!, 'rewrite', { text: answer }))
    expect(l.value('cmi.core.lesson_location')).toBe('42')
    expect(warn).not.toHaveBeenCalled()
    session.finish()

    const next = lms('1.2', saved)
    const again = start(next)
    expect(again.session.record.progress.load(DECK)).toEqual({
      v: 1,
      deck: DECK,
      slide: 42,
      seen: [],
    })
    expect(again.session.record.snapshot().completed).toBe(true)
    expect(again.warn).not.toHaveBeenCalled()
  })
})

describe('sCORM 2004 report', () => {
  it('reports completion, success and the scaled score as the learner works', () => {
    const l = lms('2004')
    const api = l.api as InstanceType<typeof Scorm2004API>
    const { session, holder, warn } = start(l)
    holder.result = {
      progress: 0.25,
      scoreRaw: 0,
      scoreMax: 0,
      completed: false,
    }
    session.flush()
    expect(api.cmi.completion_status).toBe('incomplete')
    expect(api.cmi.success_status).toBe('unknown')
    expect(api.cmi.progress_measure).toBe('0.25')
    expect(api.cmi.score.scaled).toBe('')

    holder.result = {
      progress: 1,
      scoreRaw: 3,
      scoreMax: 4,
      completed: true,
    }
    session.flush()
    expect(api.cmi.completion_status).toBe('completed')
    expect(api.cmi.success_status).toBe('unknown')
    expect(api.cmi.score.scaled).toBe('0.75')
    expect(api.cmi.score.raw).toBe('3')
    expect(api.cmi.score.max).toBe('4')
    expect(api.cmi.score.min).toBe('0')

    holder.result = {
      ...holder.result,
      postTestScore: 5,
      postTestMax: 8,
      masteryThreshold: 0.8,
    }
    session.flush()
    expect(api.cmi.success_status).toBe('failed')
    holder.result = {
      ...holder.result,
      scoreRaw: 4,
      postTestScore: 7,
      postTestMax: 8,
    }
    session.flush()
    expect(api.cmi.success_status).toBe('passed')
    expect(api.cmi.score.scaled).toBe('1')
    expect(api.cmi.location).toBe('')
    expect(warn).not.toHaveBeenCalled()
  })

  it('keeps the whole record when it fits the 64 000 characters of SCORM 2004', () => {
    const l = lms('2004')
    const { session } = start(l)
    const answer = '群众工作方法'.repeat(34).slice(0, 200)
    for (let i = 1; i <= 40; i++)
      session.record.exercises.save(`rewrite-${i}`, exerciseState(`rewrite-${i}`, 'rewrite', { text: answer }))
    session.record.progress.save({
      v: 1,
      deck: DECK,
      slide: 9,
      seen: slides(9),
    })
    session.flush()
    const saved = l.api.cmi.suspend_data
    expect(saved.length).toBeGreaterThan(SUSPEND_DATA_LIMITS['1.2'])
    expect(saved.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMITS['2004'])
    expect(decodeSuspendData(saved)).toEqual(session.record.snapshot())
  })
})

describe('formatSessionTime', () => {
  const HOUR = 3_600_000
  it.each([
    [0, '00:00:00.00', 'PT0H0M0S'],
    [3_723_450, '01:02:03.45', 'PT1H2M3.45S'],
    [59_999, '00:01:00.00', 'PT0H1M0S'],
    [10, '00:00:00.01', 'PT0H0M0.01S'],
    [123 * HOUR + 4_000, '123:00:04.00', 'PT123H0M4S'],
    [-5_000, '00:00:00.00', 'PT0H0M0S'],
    [Number.NaN, '00:00:00.00', 'PT0H0M0S'],
  ])('%s ms → %s (1.2), %s (2004)', (ms, scorm12, scorm2004) => {
    expect(formatSessionTime(ms, '1.2')).toBe(scorm12)
    expect(formatSessionTime(ms, '2004')).toBe(scorm2004)
  })

  it('saturates SCORM 1.2 at its longest timespan; SCORM 2004 has no cap', () => {
    const ms = 12_345 * HOUR + 61_500
    const scorm12 = formatSessionTime(ms, '1.2')
    expect(scorm12).toBe('9999:59:59.99')
    expect(formatSessionTime(ms, '2004')).toBe('PT12345H1M1.5S')
  })

  it('writes session times that scorm-again accepts', () => {
    const api12 = new Scorm12API(settings)
    api12.LMSInitialize('')
    for (const ms of [
      0,
      3_723_450,
      123 * HOUR,
      12_345 * HOUR,
    ])
      expect(api12.LMSSetValue('cmi.core.session_time', formatSessionTime(ms, '1.2')), String(ms)).toBe('true')
    const api2004 = new Scorm2004API(settings)
    api2004.Initialize('')
    for (const ms of [0, 3_723_450, 12_345 * HOUR])
      expect(api2004.SetValue('cmi.session_time', formatSessionTime(ms, '2004')), String(ms)).toBe('true')
  })
})
