/** Exercises of module 8 (pages/08-teamwork-perseverance.md). */
import type { ExerciseData } from '../schema.ts'

export default [
  {
    id: 'm8-noise-scenario',
    type: 'scenario',
    title: '楼上噪声引发的邻里纠纷',
    maxScore: 3,
    start: 'call',
    nodes: [
      {
        id: 'call',
        situation: '张阿姨反映楼上噪声的 12345 工单派到社区。当晚九点她又来电：楼上夜里拖家具、孩子跑跳，她整夜睡不好，说再没人管就上楼理论。',
        choices: [
          {
            id: 'listen',
            text: '耐心听完，记下具体时段，约好明天上门了解',
            consequence: '张阿姨的语气缓和下来：“总算有人认真听我说了。”',
            next: 'visit',
          },
          {
            id: 'deflect',
            text: '劝她邻里小事自己协商，社区不便插手',
            consequence: '张阿姨觉得社区推诿，当晚就上楼理论，两家在楼道里吵了起来。',
            next: 'quarrel',
          },
          {
            id: 'relay',
            text: '马上打给楼上住户，转告“有人投诉你家”',
            consequence: '楼上刘先生觉得被人告状，追问是谁投诉的，当晚两家吵了起来。',
            next: 'quarrel',
          },
        ],
      },
      {
        id: 'visit',
        situation: '第二天上门了解：楼上刘家孩子上小学，晚饭后常在家跳绳；刘先生说白天上班，只有晚上有空，觉得楼下太敏感。',
        choices: [
          {
            id: 'both-sides',
            text: '分别听清两家的难处，约双方到社区调解室面谈',
            consequence: '两家都愿意来谈。刘先生说：“我们真不知道楼下听得这么清楚。”',
            next: 'mediate',
          },
          {
            id: 'order',
            text: '要求刘家马上停止，否则“按扰民严肃处理”',
            consequence: '刘先生当场顶了回去，拒绝再谈，当晚两家在楼道里吵了起来。',
            next: 'quarrel',
          },
          {
            id: 'wait',
            text: '劝张阿姨再忍一忍，过段时间也许就好了',
            consequence: '噪声照旧。几天后张阿姨忍不住上楼理论，两家吵了起来。',
            next: 'quarrel',
          },
        ],
      },
      {
        id: 'quarrel',
        situation: '两家在楼道里争吵，楼下说要报警，楼上说楼下“事多”，邻居打电话请社区赶快来人。',
        choices: [
          {
            id: 'calm',
            text: '赶到现场先把两人劝开，分别安抚，约好改天再谈',
            consequence: '两人冷静下来，同意改天再谈，但彼此心里都有了疙瘩。',
            next: 'truce',
          },
          {
            id: 'take-side',
            text: '当场批评楼上不讲公德，要求刘先生马上道歉',
            consequence: '刘先生认为社区拉偏架，拨打 12345 投诉社区处理不公。',
            next: 'escalated',
          },
        ],
      },
      {
        id: 'mediate',
        situation: '调解室里，张阿姨要求楼上晚上“一点声音都不能有”，刘先生说孩子总得活动，双方僵持不下。',
        choices: [
          {
            id: 'agree-together',
            text: '请人民调解员主持、物业参加，引导两家商量',
            consequence: '两家各让一步：晚九点后不跳绳、楼上铺地垫，签下人民调解协议。',
            next: 'follow-up',
          },
          {
            id: 'staff-rules',
            text: '由工作人员直接定规矩：晚上不许有任何声响',
            consequence: '刘先生勉强答应，却觉得不公平，约定没过几天就落空了。',
            next: 'relapse',
          },
          {
            id: 'to-court',
            text: '不再调解，让两家直接去法院起诉',
            consequence: '两家都觉得社区撒手不管，各自回家生闷气，噪声照旧。',
            next: 'stalled',
          },
        ],
      },
      {
        id: 'follow-up',
        situation: '两家在约定上签了字。一周后，张阿姨说好多了，但周末晚上又响过一次。',
        choices: [
          {
            id: 'track',
            text: '请楼栋志愿者帮忙留意，两周后再上门回访两家',
            consequence: '回访时两家已能互相打招呼，刘家孩子还给张阿姨送去一张道歉卡。',
            next: 'harmony',
          },
          {
            id: 'close',
            text: '调解已经完成，把工单办结归档',
            consequence: '周末的噪声没人过问，张阿姨觉得社区“管一次就不管了”，又来投诉。',
            next: 'relapse',
          },
          {
            id: 'warn',
            text: '打电话批评刘家违约，要求写保证书',
            consequence: '刘先生觉得被盯着不放，两家刚缓和的关系又紧张起来。',
            next: 'relapse',
          },
        ],
      },
    ],
    endings: [
      {
        id: 'harmony',
        title: '邻里和睦',
        score: 3,
        debrief: '耐心倾听稳住情绪，上门分别了解，请物业参与、让两家自己商量约定，再借助志愿者留意、按时回访，约定才真正落地。',
      },
      {
        id: 'relapse',
        title: '约定落空',
        score: 2,
        debrief: '前面听得耐心、了解得全面，但约定不是两家商量出来的，或调解后没跟进，问题易反弹。约定要双方认可，社区引导调解、不替双方定规矩，办结前回访。',
      },
      {
        id: 'stalled',
        title: '调解中断',
        score: 1,
        debrief: '起诉是双方的权利，调解不成时应当告知；但一僵持就推给法院，等于放弃调解。先帮两家找能接受的具体做法，谈不拢再讲清人民调解委员会和诉讼渠道。',
      },
      {
        id: 'truce',
        title: '暂时平息',
        score: 1,
        debrief: '现场劝开、分别安抚是对的，但前面推诿、转告、施压或拖延，让小事闹成了争吵，关系更难修复。接到投诉要先倾听、早介入。',
      },
      {
        id: 'escalated',
        title: '矛盾升级',
        score: 0,
        debrief: '推诿、拖延、施压或拉偏架，都会让一方觉得不被尊重，小纠纷就会升级成投诉。先倾听、稳情绪，再分别了解，依规依约调解，不偏不倚。',
      },
    ],
  },
  {
    id: 'm8-review-1',
    type: 'single-choice',
    title: '写一条管用的复盘',
    question: '小王每周五下午留出 15 分钟回顾本周的群众工作。下列哪一条记录最符合“善于〔总结〕经验”？',
    options: [
      {
        id: 'a',
        text: '本周接待 23 人次，办结工单 6 件，群众无投诉',
        feedback: '数量能反映工作量，但看不出哪些办法管用、问题卡在哪里。',
      },
      {
        id: 'b',
        text: '本周工作总体顺利，群众反映良好，下周继续努力，进一步提高服务水平和工作效率',
        feedback: '这是口号，没有具体的事，也没有能检验的改进。',
      },
      {
        id: 'c',
        text: '张阿姨的工单反复，是小刘没盯紧，下次换人负责',
        feedback: '复盘的目的是改进方法，不是追究个人责任，否则大家不愿说真话。',
      },
      {
        id: 'd',
        text: '噪声工单：晚上上门管用；签约后没人跟进又响了；下周起签约一周内先回访',
        correct: true,
        feedback: '对。做成了什么、卡在哪里、下次怎么改，都落到了具体的事上。',
      },
    ],
    rationale: '善于〔总结〕经验（原文清单作“善于经验”，缺字补正），就是定期回顾分析经验教训：做成了什么、卡在哪里、下次怎么改，并定一条具体、能检验的改进。',
  },
] satisfies ExerciseData[]
