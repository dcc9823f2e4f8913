import type { CourseResult } from './scormReport.ts'
import { describe, expect, it } from 'vitest'
import { DEFAULT_MASTERY_THRESHOLD } from '../curriculum/masteryThreshold.ts'
import { formatDecimal, postTestPassed, scormReport } from './scormReport.ts'

const base: CourseResult = {
  progress: 0.5,
  scoreRaw: 7,
  scoreMax: 9,
  completed: false,
}

function asMap(result: CourseResult, version: '1.2' | '2004'): Record<string, string> {
  return Object.fromEntries(scormReport(result, version))
}

/** SCORM 2004 real(10,7) / 1.2 CMIDecimal as this module writes them. */
const DECIMAL = /^-?\d+(?:\.\d{1,7})?$/

describe('formatDecimal', () => {
  it.each([
    [0, '0'],
    [100, '100'],
    [77.78, '77.78'],
    [1 / 3, '0.3333333'],
    [1e-7, '0.0000001'],
    [1e-8, '0'],
    [-0, '0'],
    [-1e-9, '0'],
    [1e21, '1000000000000000000000'],
    [Number.NaN, '0'],
    [Number.POSITIVE_INFINITY, '0'],
  ])('%s → %s', (value, text) => {
    expect(formatDecimal(value)).toBe(text)
  })
})

describe('postTestPassed', () => {
  it('is undefined until the post-test is taken', () => {
    expect(postTestPassed(base)).toBeUndefined()
    expect(postTestPassed({ ...base, postTestScore: 5 })).toBeUndefined()
    expect(postTestPassed({ ...base, postTestScore: 5, postTestMax: 0 })).toBeUndefined()
    expect(postTestPassed({ ...base, postTestScore: Number.NaN, postTestMax: 10 })).toBeUndefined()
  })

  it('passes at the mastery threshold, 80 % by default', () => {
    expect(DEFAULT_MASTERY_THRESHOLD).toBe(0.8)
    expect(postTestPassed({ ...base, postTestScore: 8, postTestMax: 10 })).toBe(true)
    expect(postTestPassed({ ...base, postTestScore: 7.99, postTestMax: 10 })).toBe(false)
    expect(postTestPassed({ ...base, postTestScore: 4, postTestMax: 5 })).toBe(true)
    expect(postTestPassed({
      ...base,
      postTestScore: 0.7 * 3,
      postTestMax: 3,
      masteryThreshold: 0.7,
    })).toBe(true)
    expect(postTestPassed({
      ...base,
      postTestScore: 1,
      postTestMax: 2,
      masteryThreshold: 0.5,
    })).toBe(true)
    expect(postTestPassed({
      ...base,
      postTestScore: 0,
      postTestMax: 2,
      masteryThreshold: 0,
    })).toBe(true)
  })
})

describe('scormReport, SCORM 1.2', () => {
  it('reports completed/incomplete before the post-test, with the score as a percentage', () => {
    expect(scormReport(base, '1.2')).toEqual([
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '77.78'],
      ['cmi.core.lesson_status', 'incomplete'],
    ])
    expect(asMap({ ...base, completed: true }, '1.2')['cmi.core.lesson_status']).toBe('completed')
  })

  it('reports passed/failed once the post-test is taken, completed or not', () => {
    expect(asMap({ ...base, postTestScore: 9, postTestMax: 10 }, '1.2')['cmi.core.lesson_status']).toBe('passed')
    expect(asMap({
      ...base,
      completed: true,
      postTestScore: 7,
      postTestMax: 10,
    }, '1.2')['cmi.core.lesson_status']).toBe('failed')
    expect(asMap({
      ...base,
      completed: true,
      postTestScore: 7,
      postTestMax: 10,
      masteryThreshold: 0.6,
    }, '1.2')['cmi.core.lesson_status']).toBe('passed')
  })

  it('leaves the score out when nothing is scored, and clamps it otherwise', () => {
    expect(scormReport({ ...base, scoreRaw: 0, scoreMax: 0 }, '1.2')).toEqual([
      ['cmi.core.lesson_status', 'incomplete'],
    ])
    expect(asMap({ ...base, scoreRaw: 30, scoreMax: 20 }, '1.2')['cmi.core.score.raw']).toBe('100')
    expect(asMap({ ...base, scoreRaw: -3 }, '1.2')['cmi.core.score.raw']).toBe('0')
  })

  it('never writes SCORM 2004 elements', () => {
    expect(scormReport(base, '1.2').every(([key]) => key.startsWith('cmi.core.'))).toBe(true)
  })
})

describe('scormReport, SCORM 2004', () => {
  it('reports completion, success, score and progress separately', () => {
    expect(scormReport(base, '2004')).toEqual([
      ['cmi.score.min', '0'],
      ['cmi.score.max', '9'],
      ['cmi.score.raw', '7'],
      ['cmi.score.scaled', '0.7777778'],
      ['cmi.progress_measure', '0.5'],
      ['cmi.completion_status', 'incomplete'],
      ['cmi.success_status', 'unknown'],
    ])
  })

  it('decides success by the post-test only', () => {
    const passed = asMap({
      ...base,
      scoreRaw: 1,
      postTestScore: 8,
      postTestMax: 10,
    }, '2004')
    expect(passed['cmi.success_status']).toBe('passed')
    expect(passed['cmi.completion_status']).toBe('incomplete')
    const failed = asMap({
      ...base,
      scoreRaw: 9,
      completed: true,
      postTestScore: 2,
      postTestMax: 10,
    }, '2004')
    expect(failed['cmi.success_status']).toBe('failed')
    expect(failed['cmi.completion_status']).toBe('completed')
  })

  it('reports progress 1 exactly when completed', () => {
    expect(asMap({ ...base, progress: 0.4, completed: true }, '2004')['cmi.progress_measure']).toBe('1')
    expect(asMap({ ...base, progress: 1, completed: false }, '2004')['cmi.progress_measure']).toBe('0.9999999')
    expect(asMap({ ...base, progress: 0.99999999 }, '2004')['cmi.progress_measure']).toBe('0.9999999')
    expect(asMap({ ...base, progress: -2 }, '2004')['cmi.progress_measure']).toBe('0')
    expect(asMap({ ...base, progress: Number.NaN }, '2004')['cmi.progress_measure']).toBe('0')
  })

  it('leaves the score out when nothing is scored', () => {
    expect(scormReport({ ...base, scoreMax: 0 }, '2004').map(([key]) => key)).toEqual(['cmi.progress_measure', 'cmi.completion_status', 'cmi.success_status'])
  })

  it('writes valid decimals and a scaled score in [0, 1] for any input', () => {
    let seed = 1
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    for (let i = 0; i < 500; i++) {
      const scoreMax = Math.floor(next() * 300) / (next() < 0.3
        ? 7
        : 1)
      const result: CourseResult = {
        progress: next() * 1.4 - 0.2,
        scoreRaw: next() * scoreMax * 1.2 - 1,
        scoreMax,
        postTestScore: next() * 20,
        postTestMax: next() < 0.2
          ? 0
          : 20,
        completed: next() < 0.5,
      }
      for (const version of ['1.2', '2004'] as const) {
        const values = asMap(result, version)
        for (const key of [
          'cmi.core.score.raw',
          'cmi.score.raw',
          'cmi.score.max',
          'cmi.score.scaled',
          'cmi.progress_measure',
        ])
          expect(values[key] ?? '0').toMatch(DECIMAL)
        const scaled = Number(values['cmi.score.scaled'] ?? 0)
        expect(scaled).toBeGreaterThanOrEqual(0)
        expect(scaled).toBeLessThanOrEqual(1)
        expect(Number(values['cmi.core.score.raw'] ?? 0)).toBeLessThanOrEqual(100)
      }
    }
  })
})
