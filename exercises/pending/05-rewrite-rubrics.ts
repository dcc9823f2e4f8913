/**
 * Self-rated rubrics for the rewrite exercises (replacing keyword scoring once the `types` branch has
 * the rubric-based rewrite): the learner sees the model answer, then rates their own text on each line.
 */
export const REWRITE_RUBRICS: Record<string, { id: string, text: string }[]> = {
  'm5-rewrite-1': [
    { id: 'materials', text: '说清了要带哪几样材料，没有用“相关材料”' },
    { id: 'address', text: '用“您”或合适的称呼，语气客气' },
    { id: 'next-step', text: '说清了接下来谁帮忙、怎么办' },
    { id: 'no-jargon', text: '没有“按程序”“不予受理”这类官腔' },
  ],
  'm5-rewrite-2': [
    { id: 'empathy', text: '先接住了张阿姨睡不好觉的难处' },
    { id: 'when', text: '给出了具体时间：什么时候上门、什么时候回复' },
    { id: 'who-how', text: '说清了谁来做、用什么方式告诉她' },
    { id: 'no-promise', text: '没有“研究研究”“等通知”，也没有许诺做不到的结果' },
  ],
}
