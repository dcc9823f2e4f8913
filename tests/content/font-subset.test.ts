import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { DECKS } from '../../curriculum/decks.ts'
import { readDeck } from '../../scripts/lib/deck-info.ts'
import {
  codeLabel,
  FONT_CSS,
  FONT_DIR,
  FONT_FAMILY,
  FONT_URL,
  FONT_WEIGHTS,
  inRanges,
  kitCharacters,
  kitFontSubset,
  parseFontFaces,
  parseUnicodeRange,
  subsetCodes,
} from '../../scripts/lib/font-subset.ts'

const root = process.cwd()
const RUN = 'run `npm run fonts` and commit public/fonts/ and styles/fonts.generated.css'

describe('self-hosted font subset', () => {
  it('covers every character the kit displays, in both weights', async () => {
    const characters = await kitCharacters(root)
    const faces = parseFontFaces(await readFile(join(root, FONT_CSS), 'utf8')).filter(face => face.family === FONT_FAMILY)
    const problems: string[] = []
    for (const weight of FONT_WEIGHTS) {
      const ranges = faces.filter(face => face.weight === weight).flatMap(face => parseUnicodeRange(face.unicodeRange))
      const missing = subsetCodes(characters.keys()).filter(code => !inRanges(ranges, code))
      if (missing.length) {
        problems.push(`weight ${weight} lacks ${missing.length} character(s):`, ...missing.map(code =>
          `  "${String.fromCodePoint(code)}" ${codeLabel(code)} (first in ${characters.get(code)})`))
      }
    }
    expect(problems.length
      ? `${problems.join('\n')}\n→ ${RUN}.`
      : '').toBe('')
  })

  it('declares only files that exist', async () => {
    const faces = parseFontFaces(await readFile(join(root, FONT_CSS), 'utf8'))
    expect(faces.length).toBeGreaterThanOrEqual(FONT_WEIGHTS.length)
    for (const face of faces) {
      expect(face.url.startsWith(`${FONT_URL}/`), face.url).toBe(true)
      expect(existsSync(join(root, FONT_DIR, face.url.slice(FONT_URL.length + 1))), `${face.url} missing: ${RUN}`).toBe(true)
    }
  })

  it('is exactly what `npm run fonts` writes now (up to date, byte for byte)', async () => {
    const { characters, subset } = await kitFontSubset(root)
    const noGlyph = [
      ...new Set([
        ...subset.missing.values(),
      ].flat()),
    ]
      .map(code => `"${String.fromCodePoint(code)}" ${codeLabel(code)} (first in ${characters.get(code)})`)
    expect(noGlyph.length
      ? `Noto Sans SC has no glyph for ${noGlyph.join(', ')}: write the text without them, or (a symbol) list it in OUTSIDE_FONT`
      : '').toBe('')
    const stale: string[] = []
    if (await readFile(join(root, FONT_CSS), 'utf8') !== subset.css)
      stale.push(FONT_CSS)
    for (const file of subset.files) {
      const committed = await readFile(join(root, FONT_DIR, file.name)).catch(() => undefined)
      if (!committed?.equals(file.bytes))
        stale.push(join(FONT_DIR, file.name))
    }
    const expected = new Set(subset.files.map(file => file.name))
    for (const name of await readdir(join(root, FONT_DIR))) {
      if (name.endsWith('.woff2') && !expected.has(name))
        stale.push(`${join(FONT_DIR, name)} (no longer used)`)
    }
    expect(stale.length
      ? `out of date: ${stale.join(', ')}\n→ ${RUN}.`
      : '').toBe('')
  }, 60_000)

  it('is sliced so that each deck\'s first slide needs at most two small files per weight, and no character is in two files', async () => {
    const faces = parseFontFaces(await readFile(join(root, FONT_CSS), 'utf8')).filter(face => face.family === FONT_FAMILY)
    const problems: string[] = []
    for (const weight of FONT_WEIGHTS) {
      const ofWeight = faces.filter(face => face.weight === weight).map(face => ({
        url: face.url,
        ranges: parseUnicodeRange(face.unicodeRange),
      }))
      const owner = new Map<number, string>()
      for (const face of ofWeight) {
        for (const [from, to] of face.ranges) {
          for (let code = from; code <= to; code++) {
            if (owner.has(code))
              problems.push(`${codeLabel(code)} is in ${owner.get(code)} and ${face.url} (weight ${weight})`)
            owner.set(code, face.url)
          }
        }
      }
      for (const deck of DECKS) {
        const cover = (await readDeck(join(root, deck.entry))).slides[0]!
        const files = new Set([
          ...`${String(cover.frontmatter.title ?? '')}${cover.content}`,
        ]
          .map(char => owner.get(char.codePointAt(0)!))
          .filter(Boolean))
        if (files.size > 2)
          problems.push(`${deck.entry} slide 1 needs ${files.size} files of weight ${weight}: ${[...files].join(', ')}`)
      }
    }
    for (const face of faces) {
      const bytes = (await readFile(join(root, FONT_DIR, face.url.slice(FONT_URL.length + 1)))).byteLength
      if (bytes > 40 * 1024)
        problems.push(`${face.url} is ${(bytes / 1024).toFixed(0)} KB (a slice should be tens of KB at most)`)
    }
    expect(problems.join('\n')).toBe('')
  }, 60_000)
})
