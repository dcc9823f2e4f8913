/** Exercises of module 6 (pages/06-solving-problems.md). The case: 张阿姨's 12345 work order about night noise. */
import type { ExerciseData } from '../schema.ts'

export default [
  {
    id: 'm6-follow-up-1',
    type: 'single-choice',
    title: '工单什么时候算办结',
    question: '社区约张阿姨和楼上刘家商量好了约定：晚上九点后不跳绳，楼上铺地垫。工单还有两天到期。下一步最恰当的做法是哪一项？',
    options: [
      {
        id: 'a',
        text: '两家已经签了约定，马上在系统里填写“已办结”，免得工单超时',
        feedback: '约定签了不等于噪声停了。只为不超时就办结，问题反复时群众会觉得“反映了也没用”。',
      },
      {
        id: 'b',
        text: '等张阿姨再打电话来，再看要不要继续处理',
        feedback: '被动等待，小问题会拖成大矛盾；要主动回访。',
      },
      {
        id: 'c',
        text: '如实答复张阿姨，约好两周后回访两家',
        correct: true,
        feedback: '对。按时如实答复，再回访确认约定管用，件件有着落。',
      },
      {
        id: 'd',
        text: '请张阿姨以后听到噪声就直接打 110 报警，社区不再过问',
        feedback: '生活噪声首先靠劝阻和调解；一推给公安，邻里矛盾反而更难化解。',
      },
    ],
    rationale: '按时、如实答复诉求人，把办理情况讲清楚；再回访确认问题真正解决，反复的就重新约谈。合理诉求办结到位，才算件件有着落。',
  },
  {
    id: 'm6-emergency-1',
    type: 'single-choice',
    title: '老人突然晕倒怎么办',
    question: '社区活动室里，一位老人突然晕倒在地，叫他没有反应。在场的社区工作人员最先做的是哪一项？',
    options: [
      {
        id: 'a',
        text: '先问清老人的姓名和家属电话，弄清怎么回事再说',
        feedback: '查事实可以稍后，救人第一；先打 120。',
      },
      {
        id: 'b',
        text: '先把老人扶起来坐好，给他喝点热水缓一缓',
        feedback: '常见的好心之举，但可能加重伤情；不懂急救时不要随意搬动，按 120 的指导做。',
      },
      {
        id: 'c',
        text: '先打电话报告社区书记，请示怎么处理',
        feedback: '报告要立即，但不能先请示再救人；先打 120，同时报告。',
      },
      {
        id: 'd',
        text: '立即拨打 120，按接线员的指导施救，同时报告',
        correct: true,
        feedback: '对。先救人，立即呼救并报告，再联系家属、续报情况。',
      },
    ],
    rationale: '真正的突发事件，先救人：立即拨打 120（火情 119、治安 110），按指导施救，同时报告，启动应急预案，保护好现场，之后续报。不迟报、谎报、漏报、瞒报。',
  },
  {
    id: 'm6-cycle-order-1',
    type: 'ordering',
    title: '张阿姨的工单怎么办',
    question: '张阿姨反映楼上夜间噪声的工单派到了社区。请把下面四件事排成处理的先后顺序。',
    items: [
      { id: 'listen', text: '晚上上门，听张阿姨讲清哪些时段、什么声音' },
      { id: 'analyse', text: '走访楼上刘家，弄清声音从哪来、为什么' },
      { id: 'plan', text: '约两家和物业坐下来，商量出具体约定' },
      { id: 'feedback', text: '两周后回访两家，看约定管不管用' },
    ],
    rationale: '倾听是听清诉求，分析是找准症结，方案要两家都能做到，反馈要跟踪到底。没听清时段就去找楼上，容易说不清；不回访，约定可能悄悄落空。',
  },
  {
    id: 'm6-root-cause-1',
    type: 'matching',
    title: '群众的话背后是什么',
    question: '多问一句为什么之后，群众的话背后往往另有原因。请为每句话选出最可能的症结。',
    prompts: [
      { id: 'notice', text: '“你们贴的通知我根本看不懂！”' },
      { id: 'papers', text: '“又让我回去拿材料！”' },
      { id: 'noise', text: '“楼上天天吵，你们管不管？”' },
      { id: 'allowance', text: '“这个月的补贴怎么少了？”' },
    ],
    answers: [
      { id: 'jargon', text: '通知满是术语，没写清时间和地点' },
      { id: 'checklist', text: '所需材料第一次没有讲全' },
      { id: 'routine', text: '两家作息不同，楼上不知道声音传得这么清楚' },
      { id: 'standard', text: '标准调整了，没人提前告诉他' },
      { id: 'sensitive', text: '投诉人太敏感，声音其实不大' },
    ],
    pairs: {
      notice: 'jargon',
      papers: 'checklist',
      noise: 'routine',
      allowance: 'standard',
    },
    rationale: '表面诉求是群众的原话，症结要靠追问和核实才能找到。“投诉人太敏感”是常见的误判：没上门听过就下结论，症结就找偏了。',
  },
  {
    id: 'm6-follow-up-order-1',
    type: 'ordering',
    title: '接诉即办的五步',
    question: '一张 12345 工单从派到社区到最后评价，要经过五步。请排好顺序。',
    items: [
      { id: 'accept', text: '签收：当天签收工单，看清诉求和时限' },
      { id: 'contact', text: '联系：打电话给诉求人，约定上门时间' },
      { id: 'handle', text: '办理：上门核实，协调有关方面解决' },
      { id: 'reply', text: '答复：在时限内把办理结果告诉诉求人' },
      { id: 'revisit', text: '回访：接受回访评价，问题反复就重办' },
    ],
    rationale: '接诉即办：签收后先联系诉求人，再核实办理，在时限内答复，最后由热线回访、评价响应率、解决率和满意率。各环节的时限以本地规定为准。',
  },
] satisfies ExerciseData[]
