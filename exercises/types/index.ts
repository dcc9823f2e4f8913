/**
 * The registry of exercise types: one line per type, each exporting its folder's definition
 * (`exercises/types/<type>/index.ts`). Adding a type = its own folder + one line here.
 */
export { default as actionPlan } from './action-plan/index.ts'
export { default as flashcards } from './flashcards/index.ts'
export { default as matching } from './matching/index.ts'
export { default as multipleChoice } from './multiple-choice/index.ts'
export { default as ordering } from './ordering/index.ts'
export { default as quiz } from './quiz/index.ts'
export { default as rewrite } from './rewrite/index.ts'
export { default as scenario } from './scenario/index.ts'
export { default as selfAssessment } from './self-assessment/index.ts'
export { default as singleChoice } from './single-choice/index.ts'
export { default as trueFalse } from './true-false/index.ts'
