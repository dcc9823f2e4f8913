/** Quiz: the pre-test and the post-test (same items, compared). */
import { defineExerciseType } from '../../contract.ts'
import { comparisonProblems, quiz, quizSchema } from './kind.ts'

export default defineExerciseType({
  schema: quizSchema,
  kind: quiz,
  component: 'Quiz',
  view: () => import('./Quiz.vue'),
  // A post-test must hold the same questions as the pre-test it names.
  relatedProblems: (post, lookup) => {
    if (!post.compareWith)
      return []
    const pre = lookup(post.compareWith)
    return comparisonProblems(post, pre?.type === 'quiz'
      ? pre as typeof post
      : undefined)
  },
})
