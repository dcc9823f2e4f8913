/** Exercises of module 2 (pages/02-competencies.md). */
import type { ExerciseData } from '../schema.ts'

export default [
  {
    id: 'm2-which-1',
    type: 'single-choice',
    title: '邻里纠纷最需要哪项能力',
    question: '楼上渗水到楼下，两户居民多次争吵，都到社区要个说法。此时社区工作人员最需要运用哪项能力？',
    options: [
      {
        id: 'a',
        text: '服务能力',
        feedback: '服务能力重在主动为群众提供服务；这里的关键是两户之间的纠纷。',
      },
      {
        id: 'b',
        text: '政策把握能力',
        feedback: '相关规定可以作为依据，但首先要解决的是双方的矛盾。',
      },
      {
        id: 'c',
        text: '矛盾化解能力',
        correct: true,
        feedback: '对。群众之间的矛盾和纠纷，需要及时、有效地化解。',
      },
      {
        id: 'd',
        text: '理解能力',
        feedback: '弄清双方的想法很有必要，但它是化解纠纷的一步，不是目的。',
      },
    ],
    rationale: '矛盾化解能力指有效化解群众之间的矛盾和纠纷。处理时也会用到沟通、共情等能力，但最需要的是化解矛盾。',
  },
  {
    id: 'm2-which-2',
    type: 'single-choice',
    title: '说法不一时最需要哪项能力',
    question: '居民到窗口咨询孩子入学要准备哪些材料，说之前问过几个人，说法都不一样。工作人员最需要运用哪项能力？',
    options: [
      {
        id: 'a',
        text: '协调能力',
        feedback: '协调用于调动各方资源和利益；这里首先要把政策讲准确。',
      },
      {
        id: 'b',
        text: '政策把握能力',
        correct: true,
        feedback: '对。准确掌握和运用政策，才能给出一致、可靠的答复。',
      },
      {
        id: 'c',
        text: '应变能力',
        feedback: '这不是突发情况，关键在于准确掌握和解释政策。',
      },
      {
        id: 'd',
        text: '矛盾化解能力',
        feedback: '这里还没有形成纠纷，居民需要的是准确的政策答复。',
      },
    ],
    rationale: '政策把握能力指准确掌握和运用相关政策法规，为群众答疑解惑。拿不准时先查证再答复，避免说法不一。',
  },
  {
    id: 'm2-self-assessment',
    type: 'self-assessment',
    title: '八项能力自评',
    prompt: '最近三个月，每项能力你多常能做到？按频率打分。',
    dimensions: [
      { id: 'communication', label: '沟通' },
      { id: 'understanding', label: '理解' },
      { id: 'empathy', label: '共情' },
      { id: 'coordination', label: '协调' },
      { id: 'service', label: '服务' },
      { id: 'adaptability', label: '应变' },
      { id: 'policy', label: '政策把握' },
      { id: 'conflict', label: '矛盾化解' },
    ],
    levels: [
      { label: '基本做不到', description: '遇到相关情况，常常不知从何入手。' },
      { label: '偶尔做到', description: '知道该怎么做，但只有少数时候做到，常需同事提醒或帮助。' },
      { label: '有时做到', description: '常规情况能做到，遇到复杂或紧急的情况还不稳定。' },
      { label: '经常做到', description: '大多数时候都能做到，群众和同事比较认可。' },
      { label: '总能做到', description: '复杂情况下也能做到，还能带动和帮助同事。' },
    ],
    guidance: '自评没有标准答案，贵在如实。圈出评分最低的两项，在模块 9 写行动计划时从中选一项；也可以请熟悉你的同事打分，对照看看。',
  },
] satisfies ExerciseData[]
