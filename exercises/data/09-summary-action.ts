/** Exercises of module 9 (pages/09-summary-action.md). */
import type { ExerciseData } from '../schema.ts'

export default [
  {
    id: 'm9-action-plan',
    type: 'action-plan',
    title: '我的行动计划',
    competencies: [
      '沟通能力',
      '理解能力',
      '共情能力',
      '协调能力',
      '服务能力',
      '应变能力',
      '政策把握能力',
      '矛盾化解能力',
    ],
    example: {
      competency: '沟通能力',
      steps: [
        { text: '把常说的 5 句官话改写成群众语言', date: '2026-12-04' },
        { text: '每周走访 3 户独居老人，用复述确认听懂了', date: '2026-12-31' },
      ],
      support: '科长每月听一次我的接待，同事互相提醒',
      evidence: '一个月内，群众因没听懂而回头再问的次数减少一半',
      reflection: '我常用“按规定”“相关材料”应付群众，今后先说清带什么、去哪里、谁来办、多久有结果。',
    },
  },
  {
    id: 'm9-flashcards',
    type: 'flashcards',
    title: '全天要点卡片',
    cards: [
      { id: 'position', front: '群众工作处在什么位置？', back: '党的各项工作的基础，联系群众的桥梁和纽带。' },
      { id: 'competencies', front: '群众工作能力包括哪八项？', back: '沟通、理解、共情、协调、服务、应变、政策把握、矛盾化解。' },
      { id: 'methods', front: '提升能力的六组方法是什么？', back: '强化宗旨意识、深入调研、提升沟通、解决问题、创新方法、团队协作。' },
      { id: 'purpose', front: '宗旨意识落到哪里？', back: '把群众利益放在首位，真心实意为群众办事。' },
      { id: 'knowing', front: '怎样了解群众的真实需求？', back: '主动走进群众：走访、座谈、调研，线上不替代线下。' },
      { id: 'plain-language', front: '群众语言要说清哪几件事？', back: '带什么、去哪里、谁来办、多久有结果。' },
      { id: 'empathy', front: '群众带着情绪来，第一句说什么？', back: '先说出对方的感受，接住情绪，再谈办法。' },
      { id: 'closing', front: '一张工单怎样才算办结？', back: '合理诉求办结到位，不合理诉求解释到位；转办不等于办结，要回访确认。' },
      { id: 'emergency', front: '遇到真正的突发事件，先做什么？', back: '先救人、先疏散，立即报告，视情况拨打 120、119、110；不迟报、谎报、漏报、瞒报。' },
      { id: 'mediation', front: '邻里纠纷中，社区能替双方认定责任吗？', back: '不能。社区引导和调解；事实请专业机构检测，可申请人民调解，调解不成可依法诉讼。' },
      { id: 'plan', front: '一条好的行动计划要写清什么？', back: '提升哪项能力、做什么、何时完成、谁支持、怎样算做到了。' },
    ],
  },
  {
    id: 'course-survey',
    type: 'course-survey',
    title: '课后评估',
    ratings: [
      { id: 'relevance', text: '今天的内容和我的日常工作密切相关' },
      { id: 'clarity', text: '讲解和练习清楚，我知道每一步该怎么做' },
      { id: 'confidence', text: '我有信心把今天学到的方法用到下一件群众工作中' },
      { id: 'practice', text: '练习和演练的时间够用' },
      { id: 'recommend', text: '我愿意推荐同事参加这个培训' },
    ],
    questions: [
      { id: 'most-useful', text: '今天对我最有用的一点是什么？' },
      { id: 'change', text: '最希望改进的一点是什么？' },
    ],
  },
] satisfies ExerciseData[]
