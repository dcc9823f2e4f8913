import { describe, expect, it } from 'vitest'
import { noteMinutes } from './deckCurriculum.ts'

describe('noteMinutes', () => {
  it('reads 【…，约 N 分钟】; 0 for a slide whose time is counted on another; nothing without a timing line', () => {
    expect(noteMinutes('【练习：改写，约 3 分钟】\n\n讲解要点：……')).toBe(3)
    expect(noteMinutes('【两轮演练计时，不另计时间：已计入上一页的 15 分钟】\n\n讲解要点：……')).toBe(0)
    expect(noteMinutes('讲解要点：没有时间行。')).toBeUndefined()
  })
})
