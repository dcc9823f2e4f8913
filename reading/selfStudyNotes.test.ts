// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { noteParagraphs, selfStudyNotes } from './selfStudyNotes.ts'

const script = `<p>【沟通的标准，约 2 分钟】</p>
<p>讲解要点：沟通好不好，不看自己说了多少。</p>
<p>提问全场：“你接待的群众里，哪一类人最难沟通？”</p>
<p>过渡：“最常见的障碍，是官腔官调。”</p>
`

describe('selfStudyNotes', () => {
  it('keeps the points and the question, and leaves out the timing and the transition', () => {
    expect(selfStudyNotes(noteParagraphs(script))).toEqual([
      { label: '要点', text: '沟通好不好，不看自己说了多少。' },
      { label: '想一想', text: '“你接待的群众里，哪一类人最难沟通？”' },
    ])
  })

  it('keeps any other paragraph as it is', () => {
    expect(selfStudyNotes(['现场演示：请一位学员扮演群众。', '先听后说。'])).toEqual([
      { label: '', text: '现场演示：请一位学员扮演群众。' },
      { label: '', text: '先听后说。' },
    ])
  })

  it('is empty for a slide without notes', () => {
    expect(selfStudyNotes(noteParagraphs(''))).toEqual([])
    expect(selfStudyNotes(noteParagraphs('<p>【开场，约 2 分钟】</p>'))).toEqual([])
  })
})

describe('noteParagraphs', () => {
  it('reads paragraphs and list items, not their containers twice', () => {
    expect(noteParagraphs('<p>一</p><ul><li>二</li><li><p>三</p></li></ul>')).toEqual(['一', '二', '三'])
  })
})
