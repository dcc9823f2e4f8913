import { describe, expect, it } from 'vitest'
import { resumeTarget, useResume } from './useResume.ts'

const entry = {
  routeName: 'play',
  redirectedFrom: '/',
  search: '',
  lastSlide: 7,
  total: 90,
}

describe('resumeTarget', () => {
  it('goes back to the last slide when the URL names no slide', () => {
    expect(resumeTarget(entry)).toBe(7)
    expect(resumeTarget({ ...entry, redirectedFrom: '' })).toBe(7)
  })

  it('respects an explicit slide in the URL', () => {
    expect(resumeTarget({ ...entry, redirectedFrom: undefined })).toBeNull()
  })

  it('never resumes in presenter, print, handout or embedded views', () => {
    expect(resumeTarget({ ...entry, routeName: 'presenter', redirectedFrom: '/presenter' })).toBeNull()
    expect(resumeTarget({ ...entry, routeName: 'print' })).toBeNull()
    expect(resumeTarget({ ...entry, routeName: 'handout-workbook' })).toBeNull()
    expect(resumeTarget({ ...entry, search: '?print=true' })).toBeNull()
    expect(resumeTarget({ ...entry, search: '?embedded=true' })).toBeNull()
  })

  it('does nothing without a saved slide beyond the first, or with one beyond the deck', () => {
    expect(resumeTarget({ ...entry, lastSlide: null })).toBeNull()
    expect(resumeTarget({ ...entry, lastSlide: 1 })).toBeNull()
    expect(resumeTarget({ ...entry, lastSlide: 91 })).toBeNull()
  })
})

describe('useResume', () => {
  it('shows the notice once resumed and hides it on dismiss', () => {
    const resume = useResume()
    expect(resume.resumedTo.value).toBeNull()
    resume.markResumed(5)
    expect(useResume().resumedTo.value).toBe(5)
    resume.dismiss()
    expect(resume.resumedTo.value).toBeNull()
  })
})
