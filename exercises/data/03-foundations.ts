/** Exercises of module 3 (pages/03-foundations.md). */
import type { ExerciseData } from '../schema.ts'

export default [
  {
    id: 'm3-criticism-1',
    type: 'single-choice',
    title: '面对群众批评',
    question: '有居民在小区业主群里批评社区开证明“拖了一周还没办好”。社区工作人员最恰当的做法是哪一项？',
    options: [
      {
        id: 'a',
        text: '请群主删除这条消息，避免扩散',
        feedback: '删帖回避不了问题，反而会失去群众的信任。',
      },
      {
        id: 'b',
        text: '在群里说明这是流程规定，不是社区的问题',
        feedback: '急于辩解会让居民觉得不被重视，应先核实情况。',
      },
      {
        id: 'c',
        text: '先核实情况，属实就及时改进，并回复居民办理进度',
        correct: true,
        feedback: '对。虚心接受批评、及时改进，并把结果告诉群众。',
      },
      {
        id: 'd',
        text: '不予理会，等居民自己消气',
        feedback: '不回应会让小问题变大，也错过了改进工作的机会。',
      },
    ],
    rationale: '面对群众批评，应虚心接受、核实情况、及时改进不足，并把改进结果告诉群众，让群众看到意见有回应。',
  },
  {
    id: 'm3-purpose-1',
    type: 'single-choice',
    title: '群众利益放在首位',
    question: '不少上班族反映，社区服务站的办公时间和上班时间重叠，办事只能请假。哪种做法最能体现“把群众利益放在首位”？',
    options: [
      {
        id: 'a',
        text: '在门口张贴办公时间，请居民合理安排',
        feedback: '这只是告知，没有从群众的难处出发解决问题。',
      },
      {
        id: 'b',
        text: '了解需求后，开设午间、周末或预约服务',
        correct: true,
        feedback: '对。从群众的实际需要出发调整服务方式，真心实意为群众办事。',
      },
      {
        id: 'c',
        text: '按规定执行，办公时间不宜随意调整',
        feedback: '规定要遵守，但可以在规定范围内想办法为群众提供便利。',
      },
      {
        id: 'd',
        text: '建议居民请家人代办',
        feedback: '这是把困难推回给群众，不是真心实意为群众办事。',
      },
    ],
    rationale: '服务意识要求切实把群众利益放在首位，真心实意为群众办事。按群众的实际需要调整服务方式，比单纯告知更能体现宗旨意识。',
  },
] satisfies ExerciseData[]
