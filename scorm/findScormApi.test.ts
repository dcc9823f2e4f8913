import { describe, expect, it } from 'vitest'
import { DEFAULT_MAX_DEPTH, findScormApi } from './findScormApi.ts'

interface FakeWindow {
  parent: unknown
  opener?: unknown
  API?: unknown
  API_1484_11?: unknown
}

function api12() {
  const method = () => 'true'
  return {
    LMSInitialize: method,
    LMSFinish: method,
    LMSGetValue: method,
    LMSSetValue: method,
    LMSCommit: method,
    LMSGetLastError: method,
    LMSGetErrorString: method,
    LMSGetDiagnostic: method,
  }
}

function api2004() {
  const method = () => 'true'
  return {
    Initialize: method,
    Terminate: method,
    GetValue: method,
    SetValue: method,
    Commit: method,
    GetLastError: method,
    GetErrorString: method,
    GetDiagnostic: method,
  }
}

/** A top window (its own parent), optionally below `parent`. */
function win(fields: Partial<FakeWindow> = {}): FakeWindow {
  const w: FakeWindow = { parent: undefined, ...fields }
  w.parent ??= w
  return w
}

/** A chain of `levels` frames under `top`; returns the innermost. */
function framesUnder(top: FakeWindow, levels: number): FakeWindow {
  let current = top
  for (let i = 0; i < levels; i++)
    current = win({ parent: current })
  return current
}

/** A window of another origin: every property read throws, except `parent` when `readableParent`. */
function crossOrigin(parent?: unknown): unknown {
  return new Proxy({}, {
    get(_target, key) {
      if (key === 'parent' && parent !== undefined)
        return parent
      throw new DOMException('Blocked a frame with origin from accessing a cross-origin frame.', 'SecurityError')
    },
  })
}

describe('findScormApi', () => {
  it('returns undefined without a window (Node) or without an LMS', () => {
    expect(findScormApi()).toBeUndefined()
    expect(findScormApi(undefined)).toBeUndefined()
    expect(findScormApi(framesUnder(win(), 3))).toBeUndefined()
  })

  it('finds the API on the course window itself', () => {
    const API = api12()
    expect(findScormApi(win({ API }))).toEqual({ version: '1.2', api: API })
  })

  it('finds SCORM 1.2 and SCORM 2004 APIs on a parent', () => {
    const API = api12()
    expect(findScormApi(framesUnder(win({ API }), 2))).toEqual({ version: '1.2', api: API })
    const API_1484_11 = api2004()
    expect(findScormApi(framesUnder(win({ API_1484_11 }), 3))).toEqual({ version: '2004', api: API_1484_11 })
  })

  it('prefers SCORM 2004 when one window has both', () => {
    const found = findScormApi(framesUnder(win({
      API: api12(),
      API_1484_11: api2004(),
    }), 1))
    expect(found?.version).toBe('2004')
  })

  it('prefers the nearest window over the version', () => {
    const top = win({
      API_1484_11: api2004(),
    })
    const lms = win({
      parent: top,
      API: api12(),
    })
    expect(findScormApi(framesUnder(lms, 1))?.version).toBe('1.2')
  })

  it('looks for one version only when forced, in every window', () => {
    const top = win({
      API: api12(),
    })
    const middle = win({
      parent: top,
      API_1484_11: api2004(),
    })
    const course = framesUnder(middle, 1)
    expect(findScormApi(course, { version: '1.2' })?.version).toBe('1.2')
    expect(findScormApi(course, { version: '2004' })?.version).toBe('2004')
    expect(findScormApi(win({
      API: api12(),
    }), { version: '2004' })).toBeUndefined()
  })

  it('climbs at most maxDepth levels', () => {
    const API = api12()
    expect(findScormApi(framesUnder(win({ API }), DEFAULT_MAX_DEPTH))?.api).toBe(API)
    expect(findScormApi(framesUnder(win({ API }), DEFAULT_MAX_DEPTH + 1))).toBeUndefined()
    expect(findScormApi(framesUnder(win({ API }), 3), { maxDepth: 2 })).toBeUndefined()
    expect(findScormApi(framesUnder(win({ API }), 3), { maxDepth: 3 })?.api).toBe(API)
  })

  it('skips a cross-origin frame and keeps climbing', () => {
    const API = api12()
    const foreign = crossOrigin(win({ API }))
    expect(findScormApi(win({ parent: foreign }))?.api).toBe(API)
  })

  it('stops at a frame whose parent cannot be read, then tries the opener', () => {
    const API_1484_11 = api2004()
    const course = win({
      parent: crossOrigin(),
      opener: framesUnder(win({ API_1484_11 }), 1),
    })
    expect(findScormApi(course)).toEqual({ version: '2004', api: API_1484_11 })
  })

  it('tries the opener of the top window (a course framed inside an LMS pop-up)', () => {
    const API = api12()
    const popupTop = win({
      opener: win({ API }),
    })
    expect(findScormApi(framesUnder(popupTop, 2))?.api).toBe(API)
  })

  it('survives an opener that throws and an opener of another origin', () => {
    const course = win({})
    Object.defineProperty(course, 'opener', {
      get: () => { throw new Error('denied') },
    })
    expect(findScormApi(course)).toBeUndefined()
    expect(findScormApi(win({
      opener: crossOrigin(),
    }))).toBeUndefined()
  })

  it('ignores objects called API that are not an LMS API', () => {
    expect(findScormApi(win({
      API: { version: 3 },
    }))).toBeUndefined()
    expect(findScormApi(win({ API: 'https://example.org/api' }))).toBeUndefined()
    const { LMSCommit: _, ...incomplete } = api12()
    expect(findScormApi(win({ API: incomplete }))).toBeUndefined()
    const API = api12()
    expect(findScormApi(win({
      parent: win({ API }),
      API_1484_11: null,
    }))?.api).toBe(API)
  })

  it('terminates on cyclic parents', () => {
    const a = win()
    const b = win({ parent: a })
    a.parent = b
    expect(findScormApi(a)).toBeUndefined()
  })
})
