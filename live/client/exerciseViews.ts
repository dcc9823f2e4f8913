/** The kit's exercise view for every type a phone can answer (components/exercises/). */
import type { Component } from 'vue'
import type { LIVE_TYPES } from '../summarize.ts'
import ActionPlan from '../../components/exercises/ActionPlan.vue'
import Matching from '../../components/exercises/Matching.vue'
import MultipleChoice from '../../components/exercises/MultipleChoice.vue'
import Ordering from '../../components/exercises/Ordering.vue'
import Quiz from '../../components/exercises/Quiz.vue'
import Rewrite from '../../components/exercises/Rewrite.vue'
import Scenario from '../../components/exercises/Scenario.vue'
import SelfAssessment from '../../components/exercises/SelfAssessment.vue'
import SingleChoice from '../../components/exercises/SingleChoice.vue'
import TrueFalse from '../../components/exercises/TrueFalse.vue'

export const EXERCISE_VIEWS: Record<(typeof LIVE_TYPES)[number], Component> = {
  'single-choice': SingleChoice,
  'multiple-choice': MultipleChoice,
  'true-false': TrueFalse,
  'quiz': Quiz,
  'matching': Matching,
  'ordering': Ordering,
  'scenario': Scenario,
  'rewrite': Rewrite,
  'action-plan': ActionPlan,
  'self-assessment': SelfAssessment,
}
