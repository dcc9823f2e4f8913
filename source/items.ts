/**
 * Every item of the source document (source/source-document.zh.txt), with a stable id and the
 * source lines it stands for. Slides declare what they teach with `sources: [ids]` in their
 * frontmatter; tests/content/traceability.test.ts checks that every line is covered by an item,
 * every item by a slide of the workshop deck, and every id a slide names exists.
 *
 * Groups: A = method list of 13, B = method list of 15, C = eight competencies, D = nine steps,
 * E = the essay. Titles are clean, corrected Chinese (e.g. A13 善于总结经验).
 */

export interface SourceItem {
  id: string
  /** 1-based line numbers in source/source-document.zh.txt. */
  lines: number[]
  /** Short corrected title, as a facilitator would say it. */
  title: string
}

/** Lines deliberately left out of the curriculum, with the reason. */
export const EXCLUDED_LINES: Record<number, string> = {
  76: 'chat-bot closing line (以上论文仅供参考…希望能对你有所帮助), not part of the content',
}

export const SOURCE_ITEMS: readonly SourceItem[] = [
  {
    id: 'META-author',
    lines: [1],
    title: '资料来源：原文作者',
  },
  {
    id: 'A0',
    lines: [2],
    title: '方法清单 A（13 条）',
  },
  {
    id: 'A1',
    lines: [3],
    title: '强化宗旨意识',
  },
  {
    id: 'A2',
    lines: [4],
    title: '深入了解群众',
  },
  {
    id: 'A3',
    lines: [5],
    title: '加强学习',
  },
  {
    id: 'A4',
    lines: [6],
    title: '提高沟通能力',
  },
  {
    id: 'A5',
    lines: [7],
    title: '培养共情能力',
  },
  {
    id: 'A6',
    lines: [8],
    title: '注重解决问题',
  },
  {
    id: 'A7',
    lines: [9],
    title: '提升应变能力',
  },
  {
    id: 'A8',
    lines: [10],
    title: '树立良好形象',
  },
  {
    id: 'A9',
    lines: [11],
    title: '创新工作方法',
  },
  {
    id: 'A10',
    lines: [12],
    title: '加强团队协作',
  },
  {
    id: 'A11',
    lines: [13],
    title: '接受监督批评',
  },
  {
    id: 'A12',
    lines: [14],
    title: '培养耐心和毅力',
  },
  {
    id: 'A13',
    lines: [15],
    title: '善于总结经验',
  },
  {
    id: 'B0',
    lines: [16],
    title: '方法清单 B（15 条）',
  },
  {
    id: 'B1',
    lines: [17],
    title: '强化宗旨意识',
  },
  {
    id: 'B2',
    lines: [18],
    title: '深入了解群众',
  },
  {
    id: 'B3',
    lines: [19],
    title: '加强学习',
  },
  {
    id: 'B4',
    lines: [20],
    title: '提升沟通能力',
  },
  {
    id: 'B5',
    lines: [21],
    title: '培养共情能力',
  },
  {
    id: 'B6',
    lines: [22],
    title: '提高解决问题能力',
  },
  {
    id: 'B7',
    lines: [23],
    title: '注重工作方法',
  },
  {
    id: 'B8',
    lines: [24],
    title: '树立良好形象',
  },
  {
    id: 'B9',
    lines: [25],
    title: '创新工作思路',
  },
  {
    id: 'B10',
    lines: [26],
    title: '加强团队协作',
  },
  {
    id: 'B11',
    lines: [27],
    title: '接受群众监督',
  },
  {
    id: 'B12',
    lines: [28],
    title: '提升应变能力',
  },
  {
    id: 'B13',
    lines: [29],
    title: '增强耐心和毅力',
  },
  {
    id: 'B14',
    lines: [30],
    title: '善于运用新媒体',
  },
  {
    id: 'B15',
    lines: [31],
    title: '定期反思',
  },
  {
    id: 'C0',
    lines: [32],
    title: '群众工作能力的八个方面',
  },
  {
    id: 'C1',
    lines: [33],
    title: '沟通能力',
  },
  {
    id: 'C2',
    lines: [34],
    title: '理解能力',
  },
  {
    id: 'C3',
    lines: [35],
    title: '共情能力',
  },
  {
    id: 'C4',
    lines: [36],
    title: '协调能力',
  },
  {
    id: 'C5',
    lines: [37],
    title: '服务能力',
  },
  {
    id: 'C6',
    lines: [38],
    title: '应变能力',
  },
  {
    id: 'C7',
    lines: [39],
    title: '政策把握能力',
  },
  {
    id: 'C8',
    lines: [40],
    title: '矛盾化解能力',
  },
  {
    id: 'D0',
    lines: [41],
    title: '提高群众工作能力的九个入手点',
  },
  {
    id: 'D1',
    lines: [42],
    title: '加强学习',
  },
  {
    id: 'D2',
    lines: [43],
    title: '深入基层',
  },
  {
    id: 'D3',
    lines: [44],
    title: '提升沟通技巧',
  },
  {
    id: 'D4',
    lines: [45],
    title: '增强服务意识',
  },
  {
    id: 'D5',
    lines: [46],
    title: '锻炼应变能力',
  },
  {
    id: 'D6',
    lines: [47],
    title: '善于反思',
  },
  {
    id: 'D7',
    lines: [48],
    title: '培养耐心和责任心',
  },
  {
    id: 'D8',
    lines: [49],
    title: '加强团队协作',
  },
  {
    id: 'D9',
    lines: [50],
    title: '接受监督',
  },
  {
    id: 'E-title',
    lines: [51],
    title: '论文标题：论提升群众工作能力的有效方法',
  },
  {
    id: 'E-abstract',
    lines: [52],
    title: '摘要',
  },
  {
    id: 'E-keywords',
    lines: [53],
    title: '关键词',
  },
  {
    id: 'E1',
    lines: [54],
    title: '引言：群众工作是联系群众的桥梁和纽带',
  },
  {
    id: 'E2',
    lines: [55],
    title: '二、提升群众工作能力的重要性',
  },
  {
    id: 'E2.1',
    lines: [56, 57],
    title: '增强党的凝聚力和向心力',
  },
  {
    id: 'E2.2',
    lines: [58],
    title: '促进社会和谐稳定',
  },
  {
    id: 'E2.3',
    lines: [59],
    title: '推动各项事业发展',
  },
  {
    id: 'E3',
    lines: [60],
    title: '三、提升群众工作能力的有效方法',
  },
  {
    id: 'E3.1',
    lines: [61],
    title: '强化宗旨意识',
  },
  {
    id: 'E3.2.1',
    lines: [62],
    title: '提升沟通能力：学会倾听',
  },
  {
    id: 'E3.2.2',
    lines: [63],
    title: '提升沟通能力：通俗易懂，避免官腔官调',
  },
  {
    id: 'E3.2.3',
    lines: [64],
    title: '提升沟通能力：注重非言语沟通',
  },
  {
    id: 'E3.3',
    lines: [65],
    title: '深入调研了解群众需求',
  },
  {
    id: 'E3.3.1',
    lines: [66],
    title: '深入调研：走访、座谈收集信息',
  },
  {
    id: 'E3.3.2',
    lines: [67],
    title: '深入调研：利用现代信息技术',
  },
  {
    id: 'E3.4.1',
    lines: [68],
    title: '提高解决问题的能力：加强学习和培训',
  },
  {
    id: 'E3.4.2',
    lines: [69],
    title: '提高解决问题的能力：分析问题，找准症结',
  },
  {
    id: 'E3.4.3',
    lines: [70],
    title: '提高解决问题的能力：注重跟踪反馈',
  },
  {
    id: 'E3.5.1',
    lines: [71],
    title: '创新工作方法：探索本地工作模式',
  },
  {
    id: 'E3.5.2',
    lines: [72],
    title: '创新工作方法：利用新媒体等平台',
  },
  {
    id: 'E3.6.1',
    lines: [73],
    title: '加强团队协作：与同事密切配合',
  },
  {
    id: 'E3.6.2',
    lines: [74],
    title: '加强团队协作：发挥社会组织和志愿者的作用',
  },
  {
    id: 'E4',
    lines: [75],
    title: '结语：长期而艰巨的任务',
  },
]
