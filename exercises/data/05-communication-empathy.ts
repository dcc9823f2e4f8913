/** Exercises of module 5 (pages/05-communication-empathy.md). */
import type { ExerciseData } from '../schema.ts'

export default [
  {
    id: 'm5-rewrite-1',
    type: 'rewrite',
    title: '改写：要带什么材料',
    situation: '一位老人来窗口问高龄津贴怎么申请，工作人员答：',
    original: '请按程序提交相关材料，材料不全不予受理。',
    criteria: [
      {
        id: 'materials',
        label: '说清要带什么材料',
        keywords: ['身份证', '户口本', '户口簿', '照片', '银行卡', '存折'],
        points: 1,
        hint: '把“相关材料”换成具体证件，如身份证、户口本。',
      },
      {
        id: 'polite',
        label: '有称呼和礼貌',
        keywords: ['您', '请', '大爷', '阿姨', '叔叔', '老人家'],
        points: 1,
        hint: '用“您”称呼老人，语气客气一些。',
      },
      {
        id: 'next-step',
        label: '说明下一步',
        keywords: [
          '帮您',
          '我来',
          '陪您',
          '填表',
          '现场',
          '当场',
          '工作日',
          '打电话',
          '通知您',
          '告诉您',
        ],
        points: 1,
        hint: '说清接下来怎么办，如“我帮您现场填表”。',
      },
    ],
    avoid: ['按程序', '相关材料', '不予受理'],
    modelAnswers: [
      '大爷，您带上身份证和户口本，我帮您现场填表。',
      '阿姨，请带上身份证、户口本和银行卡，来了我帮您填表，办好后打电话告诉您。',
    ],
  },
  {
    id: 'm5-rewrite-2',
    type: 'rewrite',
    title: '改写：回去等通知',
    situation: '居民交齐了困难补助的材料，问什么时候有结果，工作人员答：',
    original: '这个要研究研究，你回去等通知吧。',
    criteria: [
      {
        id: 'when',
        label: '说清多久有结果',
        keywords: ['工作日', '天', '周', '星期', '号', '月底', '小时'],
        points: 1,
        hint: '给出时间，如“5 个工作日内”。',
      },
      {
        id: 'how',
        label: '说明怎么告诉对方',
        keywords: [
          '打电话',
          '电话',
          '短信',
          '微信',
          '上门',
          '告诉您',
          '通知您',
          '联系您',
        ],
        points: 1,
        hint: '说清谁、用什么方式告诉结果，如“我打电话告诉您”。',
      },
      {
        id: 'polite',
        label: '有称呼和礼貌',
        keywords: ['您', '请', '谢谢', '辛苦', '久等'],
        points: 1,
        hint: '把“你”换成“您”，语气客气一些。',
      },
    ],
    avoid: ['研究研究', '等通知', '回去等'],
    modelAnswers: [
      '您的材料齐了，我们 5 个工作日内审核完，有结果我打电话告诉您。',
      '辛苦您跑一趟。下周五前出结果，我会打电话通知您。',
    ],
  },
  {
    id: 'm5-empathy-1',
    type: 'single-choice',
    title: '共情的第一句话',
    question: '一位居民为同一件事跑了三趟还没办成，一进门就大声抱怨。最恰当的第一句话是？',
    options: [
      {
        id: 'a',
        text: '“请您冷静一点，有话好好说。”',
        feedback: '出发点是好的，但对方会觉得自己的委屈被否定了，火气反而更大。',
      },
      {
        id: 'b',
        text: '“这不是我经办的，具体情况我不清楚。”',
        feedback: '急于撇清责任，会让群众觉得又被推了一次。',
      },
      {
        id: 'c',
        text: '“跑了三趟还没办成，换谁都着急。您先坐，跟我说说卡在哪一步。”',
        correct: true,
        feedback: '对。先说出对方的感受，再请他坐下、了解卡在哪里，情绪降下来才好解决问题。',
      },
      {
        id: 'd',
        text: '“材料不齐，按规定就是办不了。”',
        feedback: '即使确实不能办，也要先接住情绪，再讲清原因和补救办法。',
      },
    ],
    rationale: '共情就是设身处地理解群众的感受和处境：先承认对方的情绪是真实的，再把话题引向解决问题。共情不等于无原则答应，但能让后面的沟通顺畅得多。',
  },
] satisfies ExerciseData[]
