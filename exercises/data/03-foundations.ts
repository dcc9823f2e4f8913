/** Exercises of module 3 (pages/03-foundations.md). */
import type { ExerciseData } from '../schema.ts'

export default [
  {
    id: 'm3-criticism-1',
    type: 'single-choice',
    title: '面对群众批评',
    question: '有居民在小区业主群里批评社区开证明“拖了一周还没办好”。社区工作人员最恰当的做法是哪一项？',
    options: [
      {
        id: 'a',
        text: '请群主删除这条消息，避免扩散',
        feedback: '删帖回避不了问题，反而会失去群众的信任。',
      },
      {
        id: 'b',
        text: '在群里说明开证明要走审批流程，拖一周是规定，不是社区的问题',
        feedback: '急于辩解会让居民觉得不被重视，应先核实情况。',
      },
      {
        id: 'c',
        text: '先核实情况，属实就及时改进，并回复居民办理进度',
        correct: true,
        feedback: '对。虚心接受批评、及时改进，并把结果告诉群众。',
      },
      {
        id: 'd',
        text: '不予理会，等居民自己消气',
        feedback: '不回应会让小问题变大，也错过了改进工作的机会。',
      },
    ],
    rationale: '面对群众批评，应虚心接受、核实情况、及时改进不足，并把改进结果告诉群众，让群众看到意见有回应。',
  },
  {
    id: 'm3-service-1',
    type: 'true-false',
    title: '不归我们管的事怎么答',
    statement: '居民来问的事不属于本社区的职责范围，工作人员如实告诉他“这事不归我们管”，就算尽到了责任。',
    answer: false,
    feedback: {
      true: '只说“不归我们管”，群众还是不知道该去哪里办，这正是服务意识要避免的推诿。',
      false: '办不了的事，也要说明原因、指明去处，必要时帮忙联系，不能一推了之。',
    },
    rationale: '增强服务意识，要切实把群众利益放在首位，真心实意为群众办事。不归本社区管的事，也要说明原因、告诉群众该去哪里办，必要时帮忙联系，让群众少跑腿。',
  },
  {
    id: 'm3-image-1',
    type: 'multiple-choice',
    title: '哪些做法体现公正、廉洁、务实',
    question: '下列做法中，哪些有助于树立公正、廉洁、务实的良好形象？',
    options: [
      {
        id: 'a',
        text: '评审低保时公开条件，评审结果按规定公示',
        correct: true,
        feedback: '条件公开、结果公示，一把尺子量到底，体现公正。',
      },
      {
        id: 'b',
        text: '亲戚申请补助材料不全，先帮他报上去再说',
        feedback: '这是优亲厚友，违背公正，群众看在眼里会失去信任。',
      },
      {
        id: 'c',
        text: '居民为表感谢送来购物卡，婉言谢绝',
        correct: true,
        feedback: '不收礼、不吃拿卡要，体现廉洁；谢绝时说明纪律要求，语气要诚恳。',
      },
      {
        id: 'd',
        text: '答应修路灯，约定一周内修好，到期告知结果',
        correct: true,
        feedback: '承诺有时限、有结果，说实话、办实事，体现务实。',
      },
      {
        id: 'e',
        text: '为迎接上级检查，组织人员连夜补齐全年台账、赶做宣传展板',
        feedback: '临时补材料、做表面文章是形式主义，不是务实。',
      },
    ],
    rationale: '公正就是一把尺子量到底，不优亲厚友；廉洁就是不吃拿卡要、不以权谋私；务实就是说实话、办实事、不搞形式。形象是群众在一次次接触中看出来的，做到这三点，才能赢得群众信任。',
  },
] satisfies ExerciseData[]
