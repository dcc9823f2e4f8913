/**
 * Chinese typography and editorial checks over everything a learner reads: slide text,
 * presenter notes, module titles and objectives, and exercise data. zhlint runs with the
 * configuration in .zhlintrc; the kit adds the source's known typos and chat residue.
 */
import type { CurriculumSlide } from '../../curriculum/deckCurriculum.ts'
import { readFileSync } from 'node:fs'
import { run } from 'zhlint'

/** Text that must never reach a learner, with the reason. */
export const FORBIDDEN_TEXT: Record<string, string> = {
  '善于经验': 'typo in the source: write 善于总结经验',
  '实践和。': 'typo in the source: write 实践和总结。',
  '以上论文仅供参考': 'chat-bot residue from the source',
  '希望能对你有所帮助': 'chat-bot residue from the source',
  '人气': 'source page header, not content',
}

/**
 * zhlint's default preset plus the house style of Chinese official writing (GB/T 15834): full-width
 * parentheses and quotation marks, with no spaces around them. Shared with the zhlint CLI via .zhlintrc.
 */
const ZHLINT_RC = JSON.parse(readFileSync(new URL('../../.zhlintrc', import.meta.url), 'utf8')) as { preset: string, rules: Record<string, unknown> }
const ZHLINT_OPTIONS = {
  rules: { preset: ZHLINT_RC.preset, ...ZHLINT_RC.rules },
}

/** zhlint problems in one piece of markdown, each prefixed with `label`. */
export function zhlintProblems(label: string, markdown: string): string[] {
  const result = run(markdown, ZHLINT_OPTIONS as never) as { validations: { index: number, message: string }[] }
  return result.validations.map((v) => {
    const before = markdown.slice(0, v.index)
    const line = before.split('\n').length
    const snippet = markdown.slice(Math.max(0, v.index - 8), v.index + 8).replace(/\n/g, '⏎')
    return `${label}:${line}: ${v.message} …${snippet}…`
  })
}

export function forbiddenTextProblems(label: string, text: string): string[] {
  return Object.entries(FORBIDDEN_TEXT)
    // The source's own reading may be quoted where an emendation is marked: 原文作“善于经验”.
    .filter(([needle]) => text.split(`作“${needle}”`).join('').includes(needle))
    .map(([needle, reason]) => `${label}: contains "${needle}" (${reason})`)
}

/** The learner-facing texts of a slide: body, notes, and string frontmatter (title, objectives). */
export function slideTexts(slide: CurriculumSlide): { label: string, text: string }[] {
  const where = `${slide.file} slide "${slide.title || slide.no}"`
  const texts = [
    { label: `${where} body`, text: slide.content },
    { label: `${where} notes`, text: slide.note },
  ]
  for (const key of ['title', 'objectives'] as const) {
    const value = slide.frontmatter[key]
    for (const text of Array.isArray(value)
      ? value
      : [value]) {
      if (typeof text === 'string')
        texts.push({ label: `${where} frontmatter ${key}`, text })
    }
  }
  return texts
}

/** Every string inside a value (exercise data), with its path. */
export function stringsIn(value: unknown, path: string): { label: string, text: string }[] {
  if (typeof value === 'string') {
    return [
      { label: path, text: value },
    ]
  }
  if (Array.isArray(value))
    return value.flatMap((item, i) => stringsIn(item, `${path}[${i}]`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, `${path}.${key}`))
  return []
}
