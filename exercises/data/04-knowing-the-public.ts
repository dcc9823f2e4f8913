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
        text: '在居民微信群发电子问卷，三天内收齐',
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
    title: '因人而异选方式',
    question: '请为每类群体选出最适宜的了解方式。',
    prompts: [
      { id: 'elderly', text: '老年人' },
      { id: 'commuters', text: '青年上班族' },
      { id: 'migrants', text: '外来务工人员' },
      { id: 'firms', text: '企业' },
    ],
    answers: [
      { id: 'home-visit', text: '上门走访，当面讲慢讲清' },
      { id: 'online', text: '线上问卷，晚间或周末活动' },
      { id: 'on-site', text: '到工地、宿舍宣讲' },
      { id: 'forum', text: '召开政企座谈会' },
      { id: 'wait', text: '在办公室等人上门反映' },
    ],
    pairs: {
      elderly: 'home-visit',
      commuters: 'online',
      migrants: 'on-site',
      firms: 'forum',
    },
    rationale: '先看对象，再定方法：老年人看重当面交流；上班族白天没空、习惯线上；务工人员流动性大，要到他们身边去；企业关注政策和经营难题，适合座谈。坐等群众上门，哪一类群体都摸不清实情。',
  },
] satisfies ExerciseData[]
