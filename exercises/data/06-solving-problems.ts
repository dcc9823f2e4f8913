/** Exercises of module 6 (pages/06-solving-problems.md). */
import type { ExerciseData } from '../schema.ts'

export default [
  {
    id: 'm6-follow-up-1',
    type: 'single-choice',
    title: '跟踪反馈',
    question: '居民反映楼道排水管堵塞，社区已把问题转给物业。下一步最恰当的做法是？',
    options: [
      {
        id: 'a',
        text: '已经转给物业，在台账上登记办结',
        feedback: '转办不等于办结。问题没解决就销号，群众会觉得“反映了也没用”。',
      },
      {
        id: 'b',
        text: '与物业约定修复时限，到期跟进，修好后回访居民',
        correct: true,
        feedback: '对。约定时限、跟进进度、回访确认，才能做到件件有着落。',
      },
      {
        id: 'c',
        text: '等居民再来反映时，再去问物业',
        feedback: '被动等待会让小问题拖成大矛盾，应当主动跟踪。',
      },
      {
        id: 'd',
        text: '告诉居民以后这类事直接找物业',
        feedback: '可以告诉居民物业的联系方式，但这件已受理的事仍要跟到底。',
      },
    ],
    rationale: '注重跟踪反馈，确保问题得到彻底解决：转办后要约定时限、跟进进度，办结后回访群众，群众认可才算办结，做到事事有回音、件件有着落。',
  },
  {
    id: 'm6-emergency-1',
    type: 'single-choice',
    title: '现场应变',
    question: '办事大厅里，一位群众情绪激动，大声质问窗口人员，引来不少人围观。最恰当的第一步是？',
    options: [
      {
        id: 'a',
        text: '当场把政策规定讲清楚，和他争个明白',
        feedback: '情绪激动时讲道理很难听进去，当众争论还会激化矛盾。',
      },
      {
        id: 'b',
        text: '请他到接待室坐下，先稳住情绪、听他说完',
        correct: true,
        feedback: '对。换到安静的地方、先听他把话说完，情绪稳下来后再查清事实、解决问题。',
      },
      {
        id: 'c',
        text: '立即暂停窗口业务，等他自己离开',
        feedback: '回避会让群众觉得没人管，也影响其他群众办事。',
      },
      {
        id: 'd',
        text: '马上叫保安把他请出大厅',
        feedback: '没有危及人身安全或违法行为时，强行劝离只会激化矛盾；确有违法行为的，才依法报警处置。',
      },
    ],
    rationale: '面对突发情况，要灵活应对、妥善处理：在保证安全的前提下，先把群众请到安静处稳住情绪、耐心倾听，再查清事实、按规定报告，依法处置。',
  },
] satisfies ExerciseData[]
