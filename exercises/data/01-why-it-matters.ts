/** Exercises of module 1 (pages/01-why-it-matters.md). */
import type { ExerciseData } from '../schema.ts'

export default [
  {
    id: 'why-check-1',
    type: 'single-choice',
    title: '群众工作的定位',
    question: '下列哪一项最准确地概括了群众工作的定位？',
    options: [
      {
        id: 'a',
        text: '群众工作是党和政府联系群众的桥梁和纽带',
        correct: true,
        feedback: '对。群众工作直接关系到党的执政根基和社会稳定。',
      },
      {
        id: 'b',
        text: '群众工作主要是宣传部门和信访部门的专项任务',
        feedback: '群众工作不是某一个部门的事，而是各项工作的基础。',
      },
      {
        id: 'c',
        text: '群众工作只在出现矛盾纠纷时才需要开展',
        feedback: '群众工作贯穿日常，及时解决问题才能防止矛盾积累。',
      },
      {
        id: 'd',
        text: '群众工作就是把上级的政策原原本本传达给群众',
        feedback: '传达政策只是一半；还要听取群众的意见、为群众解决问题，信息和信任是双向的。',
      },
    ],
    rationale: '群众工作是党和政府联系群众的桥梁和纽带，是党的各项工作的基础，直接关系到党的执政根基和社会稳定。',
  },
] satisfies ExerciseData[]
