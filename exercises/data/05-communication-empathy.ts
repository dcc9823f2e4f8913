/** Exercises of module 5 (pages/05-communication-empathy.md). */
import type { ExerciseData } from '../schema.ts'

export default [
  {
    id: 'm5-plain-language-1',
    type: 'single-choice',
    title: '群众语言',
    question: '一位老人来窗口问高龄津贴怎么申请。哪一句回答最符合“群众语言”？',
    options: [
      {
        id: 'a',
        text: '“请您按程序提交相关申请材料。”',
        feedback: '这句话没有错，但“程序”“相关材料”是什么，老人听完还是不知道。',
      },
      {
        id: 'b',
        text: '“您带上身份证和户口本，我帮您现场填表。”',
        correct: true,
        feedback: '对。说清带什么、谁来帮、下一步做什么，老人一听就明白。',
      },
      {
        id: 'c',
        text: '“具体规定网上都有，您回去自己查一下。”',
        feedback: '把群众推回去自己查，对老人尤其不便，也显得不耐烦。',
      },
      {
        id: 'd',
        text: '“依据相关文件，您需先进行资格认定。”',
        feedback: '“相关文件”“资格认定”都是专业说法，应换成群众听得懂的话。',
      },
    ],
    rationale: '群众语言通俗易懂、具体可做：说清要带什么、去哪里、谁来帮、多久有结果，避免专业术语和官腔官调。',
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
