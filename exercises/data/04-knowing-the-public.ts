/** Exercises of module 4 (pages/04-knowing-the-public.md). */
import type { ExerciseData } from '../schema.ts'

export default [
  {
    id: 'm4-channel-1',
    type: 'single-choice',
    title: '选对了解群众的方式',
    question: '某老旧小区准备加装电梯，社区要听取居民意见。住户以老年人为主，不少人不常用智能手机。最合适的做法是哪一项？',
    options: [
      {
        id: 'a',
        text: '在居民微信群发电子问卷，请子女帮老人填写，三天内收齐',
        feedback: '许多老人不常用手机，线上问卷会漏掉他们的意见。',
      },
      {
        id: 'b',
        text: '按楼栋召开座谈会，对不便出门的住户入户走访',
        correct: true,
        feedback: '对。座谈能听到多方意见，入户走访能照顾到行动不便的老人。',
      },
      {
        id: 'c',
        text: '请物业代为统计，社区只看结果',
        feedback: '社区需要亲自了解真实情况，转手统计容易遗漏和失真。',
      },
      {
        id: 'd',
        text: '只听各楼栋长的汇报',
        feedback: '楼栋长的意见有参考价值，但不能代替直接听取居民的意见。',
      },
    ],
    rationale: '了解群众要根据对象的特点选择方式。以老年人为主的小区，座谈会加入户走访，才能全面掌握各户的需求、意见、困难和期望。',
  },
  {
    id: 'm4-groups-1',
    type: 'matching',
    title: '不同的人，不同的了解方式',
    question: '社区要听取居民对小区改造的意见。请为每类居民选出最适宜的了解方式。',
    prompts: [
      { id: 'alone', text: '独居高龄老人' },
      { id: 'dual-income', text: '双职工家庭' },
      { id: 'shops', text: '沿街商户' },
      { id: 'deaf', text: '听障居民' },
    ],
    answers: [
      { id: 'home-visit', text: '上门探访，面对面慢慢聊' },
      { id: 'evening', text: '晚间开楼栋短会，再加线上问卷' },
      { id: 'off-peak', text: '错开营业高峰，到店里去聊' },
      { id: 'written', text: '用文字、手语或请家人协助沟通' },
      { id: 'one-survey', text: '统一在居民群发问卷，一次收齐' },
    ],
    pairs: {
      'alone': 'home-visit',
      'dual-income': 'evening',
      'shops': 'off-peak',
      'deaf': 'written',
    },
    rationale: '先看对象，再定方法：高龄老人看重当面交流，双职工白天没空，商户怕耽误生意，听障居民需要文字或手语。统一发一份群问卷看似省事，却会漏掉不上网、不看群的人，哪一类都摸不全。',
  },
] satisfies ExerciseData[]
