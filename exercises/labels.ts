/** Default learner-facing labels (Chinese). Views accept a `labels` prop to override any of them. */
export const DEFAULT_EXERCISE_LABELS = {
  check: '检查答案',
  retry: '重试',
  showSolution: '查看答案',
  score: '得分',
  answerKey: '参考答案',
  correct: '回答正确！',
  partial: '部分正确。',
  incorrect: '回答不正确，可以重试或查看答案。',
  revealed: '已显示参考答案。',
  rationale: '解析',
  printHint: '请在你认为正确的选项前的方框内打勾。',
  notes: '笔记',
  /** Name of an exercise body that scrolls (a tab stop then; the arrow keys scroll it). */
  scrollRegion: '练习内容（可用方向键滚动）',
}

export type ExerciseLabels = typeof DEFAULT_EXERCISE_LABELS

/**
 * The buttons' names for exercises with no right answer, where 检查答案 and 查看答案 would mislead: what the buttons
 * do there (the shell uses them for the exercise's type; a view's own `labels` still win).
 */
export const LABELS_BY_TYPE: Readonly<Record<string, Partial<ExerciseLabels>>> = {
  'self-assessment': { check: '完成自评', showSolution: '使用建议' },
  'course-survey': { check: '提交评估', showSolution: '填写说明' },
  'role-play': { check: '记录观察', showSolution: '复盘问题' },
}

/** The labels an exercise of `type` shows: the defaults, with its type's own names for the buttons. */
export function labelsFor(type: string): ExerciseLabels {
  return {
    ...DEFAULT_EXERCISE_LABELS,
    ...(Object.hasOwn(LABELS_BY_TYPE, type)
      ? LABELS_BY_TYPE[type]
      : {}),
  }
}

/** The letter of the option at `index` (0 → "A", 1 → "B", …), as printed before options and answers. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index)
}
