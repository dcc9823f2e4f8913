/**
 * 课后评估 (type `course-survey`, from the `types` branch), shown at the end of both decks. Kept outside
 * exercises/data/ until the engine knows the type; then it moves into exercises/data/09-summary-action.ts.
 */
export default [
  {
    id: 'course-survey',
    type: 'course-survey',
    title: '课后评估',
    ratings: [
      { id: 'relevance', text: '今天的内容和我的日常工作密切相关' },
      { id: 'clarity', text: '讲解和练习清楚，我知道每一步该怎么做' },
      { id: 'confidence', text: '我有信心把今天学到的方法用到下一件群众工作中' },
      { id: 'practice', text: '练习和演练的时间够用' },
      { id: 'recommend', text: '我愿意推荐同事参加这个培训' },
    ],
    questions: [
      { id: 'most-useful', text: '今天对我最有用的一点是什么？' },
      { id: 'change', text: '最希望改进的一点是什么？' },
    ],
  },
]
