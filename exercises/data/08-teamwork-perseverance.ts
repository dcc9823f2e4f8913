/** Exercises of module 8 (pages/08-teamwork-perseverance.md). */
import type { ExerciseData } from '../schema.ts'

export default [
  {
    id: 'm8-teamwork-1',
    type: 'single-choice',
    title: '与社会组织和志愿者协作',
    question: '一位独居老人多次来电，说家中水管漏水、生活不便，而社区人手正紧张。下列哪种做法最合适？',
    options: [
      {
        id: 'a',
        text: '告诉老人这是物业的事，请他自己联系物业',
        feedback: '把群众推出去，事情没有着落，也违背了首问负责。',
      },
      {
        id: 'b',
        text: '工作人员受理并跟进，联系物业维修，再请志愿者定期探访',
        correct: true,
        feedback: '对。工作人员负责到底，同时借助物业和志愿者的力量，形成合力。',
      },
      {
        id: 'c',
        text: '把这件事全部交给志愿者处理，社区不再过问',
        feedback: '志愿者是补充力量，不能替代工作人员的职责，社区要跟踪到问题解决。',
      },
      {
        id: 'd',
        text: '登记下来，等人手宽裕时再处理',
        feedback: '漏水影响老人的日常生活，拖下去问题会更大，应当及时处理。',
      },
    ],
    rationale: '加强团队协作，既要与同事、物业等密切配合，又要发挥社会组织和志愿者的作用；工作人员始终对事情负责，跟踪到问题解决。',
  },
  {
    id: 'm8-review-1',
    type: 'single-choice',
    title: '善于总结经验',
    question: '小王每周五花 15 分钟回顾本周工作。下列哪种做法最符合“善于总结经验”？',
    options: [
      {
        id: 'a',
        text: '只统计本周接待了多少人、办了多少件事',
        feedback: '数量能反映工作量，但看不出哪些办法管用、问题卡在哪里。',
      },
      {
        id: 'b',
        text: '回答“做成了什么、卡在哪里、下次怎么改”，并定一条具体改进',
        correct: true,
        feedback: '对。既总结经验，也分析教训，还落到下一步的具体改进上。',
      },
      {
        id: 'c',
        text: '平时不回顾，出了大问题再集中总结',
        feedback: '反思要定期进行，等出了大问题再总结，往往已经造成损失。',
      },
      {
        id: 'd',
        text: '重点找出是哪位同事的责任',
        feedback: '复盘的目的是改进工作方法，不是追究个人责任，否则大家不愿说真话。',
      },
    ],
    rationale: '善于总结经验，就是定期回顾分析群众工作中的经验教训，从实践中找到管用的办法和症结所在，不断改进和优化工作方法。',
  },
] satisfies ExerciseData[]
