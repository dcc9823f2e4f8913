import { describe, expect, it } from 'vitest'
import { ExerciseDataError, validateExerciseFile, validateExerciseFiles } from './schema.ts'

function valid(id = 'q-1') {
  return {
    id,
    type: 'single-choice',
    title: '标题',
    question: '问题？',
    options: [
      {
        id: 'a',
        text: '对的',
        correct: true,
        feedback: '对',
      },
      { id: 'b', text: '错的', feedback: '错' },
    ],
    rationale: '解析',
  }
}

function problemsOf(item: unknown): string[] {
  return validateExerciseFile('exercises/data/x.ts', [item]).problems
}

describe('exercise data schema', () => {
  it('accepts valid data', () => {
    expect(problemsOf(valid())).toEqual([])
  })

  it('names file, exercise and field when no option is correct', () => {
    const item = valid()
    item.options[0]!.correct = false
    expect(problemsOf(item)).toEqual(['exercises/data/x.ts › exercise "q-1" › options: no option is marked correct: true'])
  })

  it('rejects two correct options', () => {
    const item = valid()
    item.options[1]!.correct = true
    expect(problemsOf(item)[0]).toMatch(/exercise "q-1" › options: 2 options are marked correct/)
  })

  it('names the empty option text by its index', () => {
    const item = valid()
    item.options[1]!.text = '   '
    expect(problemsOf(item)).toEqual(['exercises/data/x.ts › exercise "q-1" › options[1].text: must not be empty'])
  })

  it('rejects duplicate option ids', () => {
    const item = valid()
    item.options[1]!.id = 'a'
    expect(problemsOf(item)).toContain('exercises/data/x.ts › exercise "q-1" › options[1].id: duplicate id "a"')
  })

  it('rejects unknown types, unknown fields and a bad id', () => {
    expect(problemsOf({
      ...valid(),
      type: 'essay',
    })[0]).toMatch(/exercise "q-1" › type: unknown type "essay"/)
    expect(problemsOf({
      ...valid(),
      colour: 'red',
    })[0]).toMatch(/exercise "q-1" › \(root\): .*colour/)
    expect(problemsOf({
      ...valid('Bad Id'),
    })[0]).toMatch(/exercise "Bad Id" › id: must be lowercase/)
    expect(problemsOf({
      ...valid(),
      id: undefined,
    })[0]).toMatch(/exercise #1 \(no id\) › id:/)
  })

  it('rejects a file whose default export is not an array', () => {
    expect(validateExerciseFile('exercises/data/y.ts', {}).problems).toEqual(['exercises/data/y.ts: the default export must be an array of exercises'])
  })

  it('rejects the same id in two files, naming both', () => {
    expect(() => validateExerciseFiles({
      'a.ts': [
        valid('dup'),
      ],
      'b.ts': [
        valid('dup'),
      ],
    }))
      .toThrowError(new ExerciseDataError(['b.ts › exercise "dup" › id: duplicate id, already used in a.ts']))
  })

  it('validates the kit\'s real exercise files', async () => {
    const { loadExerciseFiles } = await import('../scripts/lib/exercise-data.ts')
    const exercises = validateExerciseFiles(await loadExerciseFiles())
    expect(exercises.size).toBeGreaterThan(0)
  })
})
