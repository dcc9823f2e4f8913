/**
 * Module 6 role-play (type `role-play`, from the `types` branch). Kept outside exercises/data/ until
 * the engine knows the type; then it moves into exercises/data/06-solving-problems.ts.
 */
export default [
  {
    id: 'm6-roleplay-noise',
    type: 'role-play',
    title: '窗口接待：噪声工单的回头诉求',
    scene: '张阿姨两周前通过 12345 反映楼上夜间噪声，社区上门了解过，两家也商量了约定。昨晚十一点楼上又响了，她一夜没睡好，一早来到社区服务站窗口，嗓门很大：“你们到底管不管？”后面还有人排队。',
    steps: [
      { label: '布置：分组、读场景和角色卡', minutes: 2 },
      { label: '第一轮演练', minutes: 4 },
      { label: '轮换角色，第二轮演练', minutes: 4 },
      { label: '小组复盘，全场交流', minutes: 5 },
    ],
    roles: [
      {
        role: 'worker',
        name: '工作人员',
        card: [
          '你是窗口的社区工作人员，这张工单由你首问负责。',
          '先安抚，请张阿姨到旁边的接待室坐下，别在窗口前争论。',
          '听她说完，复述一遍，记下时间、声音和她的要求。',
          '按程序答复：今天做什么、谁来做、什么时候告诉她。',
          '不替楼上认错，不许诺“保证再也不响”。',
        ],
      },
      {
        role: 'resident',
        name: '群众',
        card: [
          '你是张阿姨，67 岁，一个人住，睡眠本来就浅。',
          '一开始很激动：“签了约定有什么用？昨晚又响到十一点！”',
          '对方打断你、说“按规定”时，你更生气。',
          '对方请你坐下、认真听、复述你的话时，你慢慢平静。',
          '你最想要的：有人真的去楼上说，并告诉你什么时候有结果。',
        ],
      },
      {
        role: 'observer',
        name: '观察员',
        card: [
          '你不说话，只观察工作人员，按清单逐项打勾。',
          '记下工作人员说的一句最管用的话，和一句还带官腔的话。',
          '复盘时先说做到的，再说一条可以改进的。',
        ],
      },
    ],
    checklist: [
      { id: 'calm', text: '先安抚，没有和群众当众争论' },
      { id: 'quiet-place', text: '请群众到安静处坐下再谈' },
      { id: 'listen', text: '让群众把话说完，中途没有打断' },
      { id: 'restate', text: '复述了群众的诉求，确认理解无误' },
      { id: 'record', text: '记下了时间、声音和群众的要求' },
      { id: 'next-step', text: '说清下一步：谁来做、什么时候答复' },
      { id: 'no-promise', text: '没有许诺做不到的结果，也没有替他人表态' },
    ],
    debrief: [
      '张阿姨是从哪一句话开始平静下来的？',
      '工作人员哪一句话还带官腔？换成群众语言怎么说？',
      '如果张阿姨在窗口前越说越激动、推搡其他群众，处置方式要怎样变？',
      '这张工单的下一步是什么？怎样答复才算“解释到位”？',
    ],
  },
]
