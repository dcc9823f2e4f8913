/** Exercises of module 5 (pages/05-communication-empathy.md). */
import type { ExerciseData } from '../schema.ts'

export default [
  {
    id: 'm5-rewrite-1',
    type: 'rewrite',
    title: '改写：要带什么材料',
    situation: '一位老人来窗口问高龄津贴怎么申请，工作人员答：',
    original: '请按程序提交相关材料，材料不全不予受理。',
    rubric: [
      { id: 'materials', text: '说清了要带哪几样材料，没有用“相关材料”' },
      { id: 'address', text: '用“您”或合适的称呼，语气客气' },
      { id: 'next-step', text: '说清了去哪里、谁来办、多久有结果' },
      { id: 'no-jargon', text: '没有“按程序”“不予受理”这类官腔' },
    ],
    modelAnswers: [
      '大爷，您带上身份证和户口本，到这个窗口找我，我帮您当场填表，大约十个工作日出结果，我打电话告诉您。',
      '阿姨，请带上身份证、户口本和银行卡，到社区服务站找我，我帮您填表，十个工作日左右办好，我打电话告诉您。',
    ],
  },
  {
    id: 'm5-rewrite-2',
    type: 'rewrite',
    title: '改写：噪声工单的答复',
    situation: '张阿姨通过 12345 反映楼上夜间噪声，两天后打电话问办得怎样了，社区工作人员答：',
    original: '这个要研究研究，你回去等通知吧。',
    rubric: [
      { id: 'empathy', text: '先接住了张阿姨睡不好觉的难处' },
      { id: 'when', text: '给出了具体时间：什么时候上门、什么时候回复' },
      { id: 'who-how', text: '说清了谁来做、用什么方式告诉她' },
      { id: 'no-promise', text: '没有“研究研究”“等通知”，也没有许诺做不到的结果' },
    ],
    modelAnswers: [
      '张阿姨，这两天您又没睡好吧。明晚八点我上门听一听，周五前打电话告诉您进展。',
      '阿姨，这两天又没睡好吧，让您着急了。明晚八点我上门听听是什么声音、几点响，再去楼上了解；周五下午五点前我打电话告诉您进展。',
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
        text: '“请您冷静一点，有话好好说，大声嚷嚷解决不了问题。”',
        feedback: '出发点是好的，但对方会觉得自己的委屈被否定了，火气反而更大。',
      },
      {
        id: 'b',
        text: '“这不是我经办的，具体情况我不清楚。”',
        feedback: '急于撇清责任，会让群众觉得又被推了一次。',
      },
      {
        id: 'c',
        text: '“跑了三趟还没办成，换谁都着急。您先坐，慢慢说。”',
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
