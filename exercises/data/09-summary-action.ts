/** Exercises of module 9 (pages/09-summary-action.md). */
import type { ExerciseData } from '../schema.ts'

export default [
  {
    id: 'm9-plan-1',
    type: 'single-choice',
    title: '哪条行动计划能执行',
    question: '下面哪一条行动计划最具体、可检验？',
    options: [
      {
        id: 'a',
        text: '今后要进一步加强与群众的沟通',
        feedback: '这是一句口号：没有具体动作，也没有时间和检验标准。',
      },
      {
        id: 'b',
        text: '12 月 31 日前走访辖区 20 户独居老人，逐户记录需求并在一周内回复',
        correct: true,
        feedback: '对。有动作、有数量、有日期，还写明了怎样算做到。',
      },
      {
        id: 'c',
        text: '争取明年群众满意度有明显提升',
        feedback: '有目标但没有行动：第一步做什么、何时做都不清楚。',
      },
    ],
    rationale: '好的行动计划要写清提升哪项能力、第一步做什么、什么时候完成、谁来支持、怎样算做到了。选项 B 五个要素最完整。',
  },
] satisfies ExerciseData[]
