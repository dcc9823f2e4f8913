/**
 * The knowledge check, asked twice: as the pre-test in module 0 and as the post-test in module 9.
 * The same questions both times, so the post-test can show the learner's progress.
 */
import type { ExerciseData } from '../schema.ts'

type QuizItems = Extract<ExerciseData, { type: 'quiz' }>['items']

const items: QuizItems = [
  {
    id: 'q1-bridge',
    question: '群众工作在党和政府工作中的定位是？',
    options: [
      {
        id: 'a',
        text: '联系群众的桥梁和纽带',
        correct: true,
        feedback: '对，它直接关系执政根基和社会稳定。',
      },
      { id: 'b', text: '少数部门的专项任务', feedback: '群众工作是各项工作的基础，不限于某个部门。' },
      { id: 'c', text: '出了矛盾才需要做的工作', feedback: '群众工作贯穿日常，不是救火队。' },
    ],
    rationale: '群众工作是党和政府联系群众的桥梁和纽带，直接关系到党的执政根基和社会稳定。',
  },
  {
    id: 'q2-competency',
    question: '邻里因漏水争执不下，最需要哪项能力？',
    options: [
      { id: 'a', text: '政策把握能力', feedback: '政策有帮助，但这里首先要化解双方的矛盾。' },
      {
        id: 'b',
        text: '矛盾化解能力',
        correct: true,
        feedback: '对，有效化解群众之间的矛盾和纠纷。',
      },
      { id: 'c', text: '服务能力', feedback: '服务很重要，但纠纷要先调解。' },
    ],
    rationale: '矛盾化解能力指有效化解群众之间的矛盾和纠纷，邻里纠纷正是典型场景。',
  },
  {
    id: 'q3-purpose',
    question: '强化宗旨意识，核心是什么？',
    options: [
      {
        id: 'a',
        text: '把群众利益放在首位，心中有民、行动为民',
        correct: true,
        feedback: '对，这是全心全意为人民服务的根本宗旨。',
      },
      { id: 'b', text: '把上级考核指标放在首位', feedback: '考核重要，但宗旨意识的核心是群众利益。' },
      { id: 'c', text: '尽量少与群众直接接触', feedback: '恰恰相反，要主动走进群众。' },
    ],
    rationale: '牢固树立全心全意为人民服务的根本宗旨，将群众利益放在首位，做到心中有民、行动为民。',
  },
  {
    id: 'q4-needs',
    question: '深入了解群众，要全面掌握哪些情况？',
    options: [
      { id: 'a', text: '只需掌握群众的意见', feedback: '不够全面，还有需求、困难和期望。' },
      {
        id: 'b',
        text: '需求、意见、困难和期望',
        correct: true,
        feedback: '对，四个方面都要摸清。',
      },
      { id: 'c', text: '只看统计报表就够了', feedback: '报表替代不了走访、座谈等直接了解。' },
    ],
    rationale: '通过调研、走访、座谈等方式，全面掌握群众的需求、意见、困难和期望。',
  },
  {
    id: 'q5-plain-language',
    question: '哪一句更接近群众语言？',
    options: [
      { id: 'a', text: '请按程序提交相关材料', feedback: '这是官腔：没说清要带什么、怎么办。' },
      { id: 'b', text: '此事需要研究研究', feedback: '含糊其辞，群众不知道下一步。' },
      {
        id: 'c',
        text: '您带上身份证和户口本，我帮您一起填',
        correct: true,
        feedback: '对，具体、亲切、说清了下一步。',
      },
    ],
    rationale: '运用通俗易懂的语言，避免专业术语和官腔官调，说清要做什么、怎么做。',
  },
  {
    id: 'q6-follow-up',
    question: '“事事有回音、件件有着落”主要强调什么？',
    options: [
      {
        id: 'a',
        text: '跟踪反馈，确保问题彻底解决',
        correct: true,
        feedback: '对，解决问题要形成闭环。',
      },
      { id: 'b', text: '答复越快越好，办没办成不重要', feedback: '快而不实不算着落。' },
      { id: 'c', text: '只记录，不必回复', feedback: '没有回音，群众就没有着落。' },
    ],
    rationale: '对群众反映的问题要积极解决，注重跟踪反馈，确保问题得到彻底解决。',
  },
  {
    id: 'q7-innovation',
    question: '创新群众工作方法，首先要做到什么？',
    options: [
      { id: 'a', text: '照搬外地的成功做法', feedback: '借鉴可以，照搬不行。' },
      {
        id: 'b',
        text: '结合实际，探索适合本地的新途径',
        correct: true,
        feedback: '对，创新要贴近本地实际。',
      },
      { id: 'c', text: '追求形式新颖', feedback: '创新的标准是解决问题、群众满意。' },
    ],
    rationale: '结合实际，探索适合本地本部门的群众工作模式，提高工作成效。',
  },
  {
    id: 'q8-reflection',
    question: '“善于总结经验”指的是什么？',
    options: [
      { id: 'a', text: '年底写一份总结材料即可', feedback: '总结要经常做，不只为了写材料。' },
      {
        id: 'b',
        text: '定期回顾分析经验教训，不断优化工作方法',
        correct: true,
        feedback: '对，定期反思才能持续改进。',
      },
      { id: 'c', text: '只总结成功的经验', feedback: '教训同样需要分析。' },
    ],
    rationale: '定期回顾分析群众工作中的经验教训，不断优化工作方法。',
  },
]

export default [
  {
    id: 'pretest',
    type: 'quiz',
    title: '课前小测',
    phase: 'pre',
    items,
  },
  {
    id: 'posttest',
    type: 'quiz',
    title: '课后小测',
    phase: 'post',
    compareWith: 'pretest',
    items,
  },
] satisfies ExerciseData[]
