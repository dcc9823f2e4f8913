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
  {
    id: 'm6-cycle-order-1',
    type: 'ordering',
    title: '四步循环排一排',
    question: '居民反映楼道路灯坏了半个月。请按“倾听、分析、方案、反馈”的顺序，排好处理步骤。',
    items: [
      { id: 'listen', text: '听居民讲清哪几盏灯坏、坏了多久' },
      { id: 'analyse', text: '查明产权归属，找准该由谁负责' },
      { id: 'plan', text: '约定维修时限，明确责任人' },
      { id: 'feedback', text: '修好后回访居民，确认灯亮了' },
    ],
    rationale: '倾听是听清诉求，分析是找准症结，方案要切实可行，反馈要跟踪到底。先查清责任再定方案，修好后还要回访，群众满意才算办结。',
  },
  {
    id: 'm6-root-cause-1',
    type: 'matching',
    title: '找准真正的症结',
    question: '群众说的话背后，真正的症结是什么？请逐一对应。',
    prompts: [
      { id: 'allowance', text: '“我的低保怎么停了？”' },
      { id: 'noise', text: '“楼下太吵，没法睡觉！”' },
      { id: 'streetlight', text: '“路灯坏了半个月没人修”' },
      { id: 'paperwork', text: '“办个证要跑好几趟！”' },
    ],
    answers: [
      { id: 'review', text: '年审材料没交，系统暂停' },
      { id: 'night-stall', text: '夜宵摊营业到凌晨' },
      { id: 'ownership', text: '产权不清，物业社区互推' },
      { id: 'checklist', text: '所需材料没有一次讲清' },
      { id: 'picky', text: '群众爱挑毛病，不必理会' },
    ],
    pairs: {
      allowance: 'review',
      noise: 'night-stall',
      streetlight: 'ownership',
      paperwork: 'checklist',
    },
    rationale: '表面诉求是群众的原话，症结要靠多问一句为什么、再加核实才能找到。症结找准了，办法才切实可行；把诉求当成“挑毛病”，小问题就会拖成大矛盾。',
  },
  {
    id: 'm6-follow-up-order-1',
    type: 'ordering',
    title: '事事有回音、件件有着落',
    question: '群众反映了一个需要多部门办理的问题。请排好跟踪办理的步骤。',
    items: [
      { id: 'register', text: '登记：当场记下诉求和答复时限' },
      { id: 'reply', text: '回音：能办马上办，不能办讲清原因' },
      { id: 'transfer', text: '转办：跟进到其他部门接手为止' },
      { id: 'revisit', text: '回访：办结后问问，确认真正解决' },
      { id: 'close', text: '销号：群众认可，才算办结' },
    ],
    rationale: '先登记、给回音，需要转办的跟进到对方接手；转办不等于办结，回访确认、群众认可后才能销号，没解决的重新开始。每件事都记入台账，可查询、可追溯。',
  },
] satisfies ExerciseData[]
