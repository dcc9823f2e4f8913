/**
 * Reads a deck the way Slidev does (headmatter, `src:` imports, hidden slides)
 * so scripts and tests compare the built site and PDFs with the source of truth.
 */
import type { SlideInfo } from '@slidev/types'
import { dirname, resolve } from 'node:path'
import { load, resolveConfig } from '@slidev/parser/fs'

export interface DeckInfo {
  /** Slides that appear in the presentation (hidden and disabled ones removed). */
  slides: SlideInfo[]
  /** Deck title from the headmatter. */
  title: string
  /** Slide canvas size in CSS pixels. */
  canvas: { width: number, height: number }
  headmatter: Record<string, unknown>
}

export async function readDeck(entry: string): Promise<DeckInfo> {
  const file = resolve(entry)
  const root = dirname(file)
  const data = await load({
    roots: [root],
    userRoot: root,
  }, file)
  const errors = Object.entries(data.markdownFiles).flatMap(([path, md]) => (md.errors ?? []).map(e => `${path}:${e.row + 1}: ${e.message}`))
  if (errors.length)
    throw new Error(`Slidev could not read ${entry}:\n  ${errors.join('\n  ')}`)
  const headmatter = data.headmatter as Record<string, unknown>
  const config = resolveConfig(headmatter, {} as never, file)
  const slides = data.slides.filter(s => !s.frontmatter.hide && !s.frontmatter.disabled)
  return {
    slides,
    title: config.title,
    canvas: {
      width: config.canvasWidth,
      height: Math.round(config.canvasWidth / config.aspectRatio),
    },
    headmatter,
  }
}

/** The visible title of a slide: its `title` frontmatter, else its first heading. */
export function slideTitle(slide: SlideInfo): string {
  return String(slide.frontmatter.title ?? slide.title ?? '').trim()
}
