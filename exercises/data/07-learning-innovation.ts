/** Exercises of module 7 (pages/07-learning-innovation.md). */
import type { ExerciseData } from '../schema.ts'

export default [
  {
    id: 'm7-innovation-1',
    type: 'single-choice',
    title: '结合实际创新工作方法',
    question: '某社区上班族多，居民反映白天没空、晚上又找不到人办事。下列哪种做法最符合“结合实际创新工作方法”？',
    options: [
      {
        id: 'a',
        text: '把外地社区的整套做法原样搬过来',
        feedback: '外地经验可以借鉴，但要先对照本地的人群和需求，不能照搬。',
      },
      {
        id: 'b',
        text: '先走访调研居民的作息，再试行错时服务和线上预约',
        correct: true,
        feedback: '对。先摸清需求，再小范围试行，看效果再推广。',
      },
      {
        id: 'c',
        text: '维持原有办公时间，请居民自行请假来办',
        feedback: '这样没有回应群众的实际困难，工作成效也难以提高。',
      },
      {
        id: 'd',
        text: '所有业务一律改为只能线上办理',
        feedback: '线上办理能提高效率，但会把不会用智能手机的老年人挡在门外，线下渠道要保留。',
      },
    ],
    rationale: '创新工作方法要结合实际，探索适合本地本部门的群众工作模式：先调研群众需求，再设计做法、试点推广，并以问题解决、群众满意为标准。',
  },
  {
    id: 'm7-media-1',
    type: 'single-choice',
    title: '新媒体与群众隐私',
    question: '社区要公示一批困难家庭补助的审核结果。下列哪种做法最妥当？',
    options: [
      {
        id: 'a',
        text: '把申请人的身份证号、住址和收入明细完整发到居民微信群，以示公开',
        feedback: '公开不等于公开一切。身份证号、住址、收入明细属于个人信息，不能在群里公开。',
      },
      {
        id: 'b',
        text: '按规定的范围和内容公示，隐去敏感信息，同时在公示栏张贴',
        correct: true,
        feedback: '对。既依规公开、接受监督，又保护了群众隐私，还照顾到不上网的居民。',
      },
      {
        id: 'c',
        text: '只在微信群里发一次，不再做线下公示',
        feedback: '只在线上发布，不用微信的老年人等群众就看不到，覆盖面不够。',
      },
      {
        id: 'd',
        text: '为避免麻烦，不做任何公示',
        feedback: '该公示的不公示，群众无法监督，也容易引起猜疑。',
      },
    ],
    rationale: '新媒体能拓宽与群众沟通和服务的渠道、提高覆盖面，但要守住两条底线：保护信息安全和群众隐私，保留线下渠道，不落下老年人。',
  },
] satisfies ExerciseData[]
