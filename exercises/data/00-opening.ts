/** Exercises of module 0 (pages/00-opening.md). */
import type { ExerciseData } from '../schema.ts'

export default [
  {
    id: 'm0-warmup-1',
    type: 'single-choice',
    title: '热身：群众工作的基础',
    question: '论文摘要认为，群众工作在党的各项工作中处于什么位置？',
    options: [
      {
        id: 'a',
        text: '是党的各项工作的基础',
        correct: true,
        feedback: '对。摘要开宗明义：群众工作是党的各项工作的基础。',
      },
      {
        id: 'b',
        text: '是一项阶段性的专项工作',
        feedback: '群众工作贯穿始终，不是阶段性任务。',
      },
      {
        id: 'c',
        text: '主要是基层社区的事，与机关关系不大',
        feedback: '机关干部同样要做群众工作，它关系党的执政能力。',
      },
    ],
    rationale: '摘要指出：群众工作是党的各项工作的基础，提升群众工作能力对于加强党的执政能力、促进社会和谐稳定具有重要意义。',
  },
] satisfies ExerciseData[]
