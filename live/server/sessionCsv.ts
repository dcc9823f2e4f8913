/**
 * One CSV per session: a row per answer, in UTF-8 with a byte-order mark so Excel and WPS read the
 * Chinese correctly. Participants appear as 学员 1, 2, … (numbered by first answer), never by device id.
 */
import type { ExerciseData } from '../../exercises/schema.ts'
import type { LiveStore } from './LiveStore.ts'
import { writeFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { answerOrder, matchOf } from '../../exercises/types/matching/kind.ts'
import { walkScenario } from '../../exercises/types/scenario/kind.ts'
import { answerText } from '../summarize.ts'

export const CSV_HEADER = [
  '场次',
  '练习编号',
  '练习标题',
  '题型',
  '学员',
  '回答',
  '得分',
  '满分',
  '已隐藏',
  '提交时间',
  '原始数据',
]

/** A response in words, for the CSV reader. */
export function describeResponse(data: ExerciseData | undefined, response: unknown): string {
  const r = response as Record<string, any>
  switch (data?.type) {
    case 'single-choice':
      return data.options.find(option => option.id === r.selected)?.text ?? ''
    case 'multiple-choice':
      return data.options.filter(option => (r.selected as string[]).includes(option.id)).map(option => option.text).join('；')
    case 'true-false':
      return r.answer === null
        ? ''
        : r.answer
          ? '正确'
          : '错误'
    case 'quiz':
      return data.items.map((item, index) => `${index + 1}. ${item.options.find(option => option.id === r.answers[item.id])?.text ?? '（未答）'}`).join('；')
    case 'matching': {
      const answers = answerOrder(data)
      return data.prompts.map(prompt => `${prompt.text} → ${answers.find(answer => answer.id === matchOf(r.matches, prompt.id))?.text ?? '（未配）'}`).join('；')
    }
    case 'ordering':
      return (r.order as string[]).map(id => data.items.find(item => item.id === id)?.text ?? id).join(' → ')
    case 'scenario': {
      const walk = walkScenario(data, r.path as string[])
      return [
        ...walk.steps.map(step => step.choice.text),
        walk.ending
          ? `结局：${walk.ending.title}`
          : '',
      ].filter(Boolean).join(' → ')
    }
    case 'self-assessment':
      return data.dimensions.map(dimension => `${dimension.label} ${r.ratings[dimension.id] ?? '-'}`).join('；')
    case 'rewrite':
    case 'action-plan':
      return answerText(data, response)
    default:
      return ''
  }
}

/** A CSV field: always quoted; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
export function csvField(value: string | number | boolean): string {
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text))
    text = `'${text}`
  return `"${text.replace(/"/g, '""')}"`
}

export function sessionCsv(store: LiveStore, session: string, exercises: ReadonlyMap<string, ExerciseData>): string {
  const numbers = new Map<string, number>()
  const rows = store.allAnswers(session)
  for (const row of [...rows].sort((a, b) => a.entry - b.entry)) {
    if (!numbers.has(row.device))
      numbers.set(row.device, numbers.size + 1)
  }
  const lines = [
    CSV_HEADER.map(csvField).join(','),
  ]
  for (const row of rows) {
    const data = exercises.get(row.exercise)
    lines.push([
      session,
      row.exercise,
      data?.title ?? '',
      data?.type ?? '',
      `学员 ${numbers.get(row.device)}`,
      describeResponse(data, row.response),
      row.score,
      row.maxScore,
      row.hidden
        ? '是'
        : '否',
      row.updatedAt,
      JSON.stringify(row.response),
    ].map(csvField).join(','))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** Writes the session's CSV next to the database (`<db dir>/exports/<session>.csv`); returns its path. */
export async function writeSessionCsv(store: LiveStore, session: string, exercises: ReadonlyMap<string, ExerciseData>): Promise<string> {
  const file = join(store.path === ':memory:'
    ? '.'
    : dirname(store.path), 'exports', `${session}.csv`)
  await mkdir(dirname(file), { recursive: true })
  writeFileSync(file, sessionCsv(store, session, exercises), 'utf8')
  return file
}
