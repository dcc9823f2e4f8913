/**
 * Exercise slides say what they practise: `layout: exercise`, and the slide's `# heading` is exactly the
 * exercise's own title (never a generic 练一练); a slide that holds an exercise uses that layout.
 */
import { describe, expect, it } from 'vitest'
import { DECKS } from '../../curriculum/decks.ts'
import { validateExerciseFiles } from '../../exercises/schema.ts'
import { loadExerciseFiles } from '../../scripts/lib/exercise-data.ts'
import { readDeckCurriculum } from '../lib/curriculum.ts'

const exercises = validateExerciseFiles(await loadExerciseFiles())

/** Every `<Component id="…">` tag with a PascalCase name: the ids a slide shows. */
export function exerciseTags(markdown: string): { component: string, id: string }[] {
  return [
    ...markdown.matchAll(/<([A-Z][A-Za-z]+)\s[^>]*?\bid="([^"]+)"/g),
  ].map(m => ({ component: m[1]!, id: m[2]! }))
}

export function heading(markdown: string): string | undefined {
  return markdown.match(/^# (.+)$/m)?.[1]?.trim()
}

describe('exercise slides', () => {
  it('reads tags and the heading from markdown', () => {
    expect(exerciseTags('# 练\n\n<SingleChoice id="a-1" />\n<div id="x"></div>')).toEqual([
      { component: 'SingleChoice', id: 'a-1' },
    ])
    expect(heading('<!-- x -->\n# 邻里纠纷怎么调\n\ntext')).toBe('邻里纠纷怎么调')
  })

  for (const deck of DECKS) {
    it(`${deck.entry}: every exercise slide uses layout: exercise and is headed by its exercise's title`, async () => {
      const { slides } = await readDeckCurriculum(deck.entry)
      const problems: string[] = []
      for (const slide of slides) {
        const tags = exerciseTags(slide.content).filter(tag => exercises.has(tag.id) || slide.frontmatter.layout === 'exercise')
        const where = `slide ${slide.no} (${slide.file})`
        if (slide.frontmatter.layout === 'exercise' && tags.length !== 1) {
          problems.push(`${where}: an exercise slide holds exactly one exercise, found ${tags.length}`)
          continue
        }
        if (!tags.length)
          continue
        const exercise = exercises.get(tags[0]!.id)
        if (!exercise)
          problems.push(`${where}: no exercise with id "${tags[0]!.id}"`)
        else if (slide.frontmatter.layout !== 'exercise')
          problems.push(`${where}: holds "${exercise.id}" but its layout is ${String(slide.frontmatter.layout ?? 'default')}, not exercise`)
        else if (heading(slide.content) !== exercise.title)
          problems.push(`${where}: heading "${heading(slide.content)}" is not the exercise's title "${exercise.title}"`)
      }
      expect(problems.join('\n')).toBe('')
    })
  }
})
