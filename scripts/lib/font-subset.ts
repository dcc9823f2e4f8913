/**
 * The kit's self-hosted web font: Noto Sans SC (weights 400 and 700) cut down to the characters the kit
 * can display. `npm run fonts` (scripts/fonts.ts) writes the subset; tests/content/font-subset.test.ts
 * fails when a displayed character is not in it.
 *
 * Input: @fontsource/noto-sans-sc. Besides its ~100 unicode-range slices per weight it ships one
 * "chinese-simplified" file per weight that holds ASCII, the CJK punctuation and the ~6,800 hanzi of
 * GB 2312, so almost every character comes from that single file. A character it lacks is taken from the
 * first other fontsource file that has it (latin, latin-ext, …, then the numbered slices).
 *
 * Output: the characters are cut into slices in the order a learner meets them (see characterOrder):
 * slice 1 holds what the first view of every deck shows (ASCII, punctuation, each deck's cover, the
 * global layers), then every SLICE_SIZE characters in slide order start a new slice. A browser downloads
 * a slice only when the page shows one of its characters (`unicode-range`), so the first slide pulls one
 * small file per weight instead of the whole subset. Each output face declares exactly the characters it
 * holds, so the PDF export's glyph check (scripts/lib/render-pdf.ts) still sees what the font covers.
 * File names carry a hash of their bytes: a slice whose characters change gets a new URL.
 */
import type { Dirent } from 'node:fs'
import type { DeckSpec } from '../../curriculum/decks.ts'
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { DECKS } from '../../curriculum/decks.ts'
import { readDeck } from './deck-info.ts'

export const FONT_FAMILY = 'Noto Sans SC'
export const FONT_WEIGHTS = [400, 700] as const
/** Where the font files are written (Slidev copies public/ into every deck's site). */
export const FONT_DIR = 'public/fonts'
/** URL of FONT_DIR in the CSS: root-relative, which Vite rewrites relative to the CSS file (`--base ./`). */
export const FONT_URL = '/fonts'
/** The generated @font-face rules, imported by styles/index.ts. */
export const FONT_CSS = 'styles/fonts.generated.css'

/** Every printable ASCII character (U+0020–U+007E), always in the subset. */
export const ASCII = String.fromCharCode(...Array.from({ length: 0x7F - 0x20 }, (_, i) => 0x20 + i))

/**
 * Always in the subset, used or not: CJK and full-width punctuation an author may type next, and the
 * characters the kit only produces at run time (dates formatted for zh-CN: 2025年5月1日).
 */
export const ALWAYS_INCLUDED = `${ASCII}\u00A0\u3000、。，；：？！“”‘’（）《》〈〉【】〔〕「」『』—…·％～＋－＝／×÷年月日`

/**
 * Symbols the kit may show that Noto Sans SC has no glyph for: they stay out of the subset, Chromium
 * draws them with a system font, and the PDF export's glyph check lets them pass. Empty: the exercise
 * marks are ✓ (U+2713) and × (U+00D7), which the font has; prefer such characters to adding one here.
 */
export const OUTSIDE_FONT = ''

/** The code points to put in the subset: `characters` less the `outside` symbols, ascending. */
export function subsetCodes(characters: Iterable<number>, outsideFont = OUTSIDE_FONT): number[] {
  const outside = new Set([...outsideFont].map(char => char.codePointAt(0)!))
  return [
    ...new Set(characters),
  ].filter(code => !outside.has(code)).sort((a, b) => a - b)
}

/** Folders (and the file types in them) whose text the kit displays; tests (`*.test.ts`) never count. */
const TEXT_FOLDERS: Record<string, string[]> = {
  pages: ['.md'],
  components: ['.vue', '.ts'],
  internals: ['.vue', '.ts'],
  exercises: ['.ts', '.vue'],
  curriculum: ['.ts'],
  record: ['.ts', '.vue'],
  handouts: ['.vue', '.ts', '.css', '.md'],
  summary: ['.vue', '.ts', '.css'],
  layouts: ['.vue', '.ts'],
  setup: ['.ts', '.vue'],
  composables: ['.ts', '.vue'],
  scorm: ['.ts', '.vue'],
  styles: ['.css', '.ts'],
}

/** Single files at the top level whose text the kit displays (besides global-*.vue). */
const TEXT_FILES = [
  'slides.md',
  'briefing.md',
  'custom-nav-controls.vue',
  'source/items.ts',
]

const SKIPPED_FILE = /\.(?:test|spec)\.ts$|\.d\.ts$/

/** The project files whose characters the kit can display, sorted, relative to `root`. */
export async function textFiles(root: string): Promise<string[]> {
  const files: string[] = []
  for (const [folder, extensions] of Object.entries(TEXT_FOLDERS)) {
    let entries: Dirent[]
    try {
      entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true })
    }
    catch {
      continue // folder not there
    }
    for (const entry of entries) {
      const path = relative(root, join(entry.parentPath, entry.name)).split('\\').join('/')
      if (entry.isFile() && extensions.some(ext => entry.name.endsWith(ext)) && !SKIPPED_FILE.test(entry.name)
        && path !== FONT_CSS && !path.split('/').includes('node_modules')) {
        files.push(path)
      }
    }
  }
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (entry.isFile() && /^global-.*\.vue$/.test(entry.name))
      files.push(entry.name)
  }
  for (const file of TEXT_FILES) {
    const found = await readFile(join(root, file)).then(() => true, () => false)
    if (found)
      files.push(file)
  }
  return [
    ...new Set(files),
  ].sort()
}

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: '\u00A0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: '\'',
  times: '×',
  divide: '÷',
  middot: '·',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  rarr: '→',
  larr: '←',
  check: '✓',
  emsp: '\u2003',
  ensp: '\u2002',
}

/**
 * The characters a source text shows: the text itself plus what its escapes stand for
 * (HTML `&#x3000;` `&#12288;` `&nbsp;`, JavaScript `\u3000` `\u{3000}`).
 */
export function displayedText(source: string): string {
  const decoded = source
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d{1,7});/g, (_, dec: string) => String.fromCodePoint(Number.parseInt(dec, 10)))
    .replace(/&([a-z]+);/gi, (match, name: string) => NAMED_ENTITIES[name] ?? match)
    .replace(/\\u\{([0-9a-f]{1,6})\}/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
  return `${source}${decoded}`
}

/** True for a code point that needs a glyph (not a control character, a line break or a format mark). */
export function needsGlyph(code: number): boolean {
  if (code < 0x20 || (code >= 0x7F && code < 0xA0))
    return false
  // Zero-width and bidi marks, line/paragraph separators, BOM, variation selectors, surrogates.
  if ((code >= 0x200B && code <= 0x200F) || (code >= 0x2028 && code <= 0x202E) || (code >= 0x2060 && code <= 0x206F))
    return false
  if (code === 0xFEFF || (code >= 0xFE00 && code <= 0xFE0F) || (code >= 0xD800 && code <= 0xDFFF))
    return false
  return true
}

/** Each code point that needs a glyph in `text`, mapped to `where` (kept for the first occurrence). */
function addCharacters(into: Map<number, string>, text: string, where: string): void {
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (needsGlyph(code) && !into.has(code))
      into.set(code, where)
  }
}

/**
 * Every character the kit can display, each mapped to the first file that has it (or "always included"),
 * in code point order.
 */
export async function kitCharacters(root: string): Promise<Map<number, string>> {
  const found = new Map<number, string>()
  addCharacters(found, ALWAYS_INCLUDED, 'always included')
  for (const file of await textFiles(root))
    addCharacters(found, displayedText(await readFile(join(root, file), 'utf8')), file)
  return new Map([...found].sort(([a], [b]) => a - b))
}

/** Characters per slice after the first: about 15–20 KB of woff2 per weight for hanzi. */
export const SLICE_SIZE = 120

/** The string values in a frontmatter object (titles, objectives, …), in key order. */
function frontmatterText(value: unknown): string {
  if (typeof value === 'string')
    return `${value}\n`
  if (Array.isArray(value))
    return value.map(frontmatterText).join('')
  if (value && typeof value === 'object')
    return Object.values(value).map(frontmatterText).join('')
  return ''
}

const RELATIVE_IMPORT = /\bfrom\s+['"](\.{1,2}\/[^'"]+\.vue)['"]/g

/**
 * `files` (relative to `root`) and every component (.vue) they import by a relative path, depth first, each
 * once, in the order met. Files that do not exist are left out.
 */
async function withImports(root: string, files: readonly string[], seen = new Set<string>()): Promise<string[]> {
  const found: string[] = []
  for (const file of files) {
    if (seen.has(file))
      continue
    seen.add(file)
    const source = await readFile(join(root, file), 'utf8').catch(() => undefined)
    if (source === undefined)
      continue
    found.push(file)
    const imported = [
      ...source.matchAll(RELATIVE_IMPORT),
    ]
      .map(([, path]) => relative(root, resolve(root, dirname(file), path!)).split('\\').join('/'))
      .filter(path => !path.startsWith('..') && !path.split('/').includes('node_modules'))
    found.push(...await withImports(root, imported, seen))
  }
  return found
}

/** Project components a slide's markdown uses as tags (`<ModuleAgenda />`), by file name, sorted. */
function usedComponents(content: string, components: ReadonlyMap<string, string>): string[] {
  const names = new Set([
    ...content.matchAll(/<([A-Z][\w-]*)/g),
  ].map(([, name]) => name!))
  return [...names].sort().flatMap(name => components.get(name) ?? [])
}

/** Every .vue file under components/ and layouts/, by its name (`ModuleAgenda` → components/ModuleAgenda.vue). */
async function componentFiles(root: string, folder: string): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true }).catch(() => [] as Dirent[])
  for (const entry of entries.filter(entry => entry.isFile() && entry.name.endsWith('.vue')).sort((a, b) => a.name.localeCompare(b.name)))
    found.set(entry.name.slice(0, -'.vue'.length), relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
  return found
}

/**
 * The kit's text in the order a learner meets it, as a list of groups:
 * 1. the first view of every deck: the always-included characters, each deck's first slide (its
 *    frontmatter, content, layout and the project components it uses) and the global layers drawn over
 *    every slide (global-*.vue, custom-nav-controls.vue and what they import, less the live workshop's layer)
 *    and the reading view a phone opens on (reading/PlayPage.vue and what it imports);
 * 2. then, one entry per slide, every deck's slides in order (workshop first: DECKS order), each with
 *    its layout and components; then every deck's speaker notes;
 * 3. then every file the kit displays text from (textFiles: exercise data, labels, summary, handouts, …).
 * Slides are read with Slidev's own parser (`src:` imports, hidden slides), so the order follows the
 * decks as presented, not file names. Only the order comes from here: which characters the subset holds
 * is still kitCharacters (every displayed file), so a character this order misses still gets a slice.
 */
export async function characterOrder(root: string, decks: readonly DeckSpec[] = DECKS): Promise<string[]> {
  const read = async (files: readonly string[]) =>
    (await Promise.all(files.map(file => readFile(join(root, file), 'utf8').then(displayedText)))).join('\n')
  const components = await componentFiles(root, 'components')
  const layouts = await componentFiles(root, 'layouts')
  const slideFiles = (slide: { frontmatter: Record<string, unknown>, content: string }) => [
    ...(typeof slide.frontmatter.layout === 'string' && layouts.has(slide.frontmatter.layout)
      ? [
          layouts.get(slide.frontmatter.layout)!,
        ]
      : []),
    ...usedComponents(slide.content, components),
  ]
  const slideText = async (slide: { frontmatter: Record<string, unknown>, content: string }) =>
    `${frontmatterText(slide.frontmatter)}${displayedText(slide.content)}\n${await read(await withImports(root, slideFiles(slide)))}`

  const loaded = []
  for (const deck of decks) {
    const found = await readFile(join(root, deck.entry)).then(() => true, () => false)
    if (found)
      loaded.push(await readDeck(join(root, deck.entry)))
  }
  const layers = (await readdir(root)).filter(name => /^global-.*\.vue$/.test(name)).sort()
  const firstView = [
    ALWAYS_INCLUDED,
    ...await Promise.all(loaded.flatMap(deck => deck.slides.slice(0, 1)).map(slideText)),
    // The play view's own controls: the canvas's navigation bar, and the reading view a phone opens on. The live
    // workshop's layer (live/) draws nothing unless the live server serves the deck, on a local network: its text
    // comes later, so that a learner's first page does not pay for it.
    await read((await withImports(root, [...layers, 'custom-nav-controls.vue', 'reading/PlayPage.vue'])).filter(file => !file.startsWith('live/'))),
  ].join('\n')
  const slides = []
  for (const deck of loaded) {
    for (const slide of deck.slides)
      slides.push(await slideText(slide))
  }
  const notes = loaded.flatMap(deck => deck.slides.map(slide => slide.note ?? ''))
  return [
    firstView,
    ...slides,
    notes.join('\n'),
    await read(await textFiles(root)),
  ]
}

/**
 * Cuts `codes` (the subset) into slices: the characters of `groups[0]` first, then SLICE_SIZE at a time in
 * the order `groups` first shows them, then any left (ascending). Every code is in exactly one slice; each
 * slice is ascending.
 */
export function sliceCodes(codes: readonly number[], groups: readonly string[], size = SLICE_SIZE): number[][] {
  const wanted = new Set(codes)
  const placed = new Set<number>()
  const take = (text: string) => {
    const taken: number[] = []
    for (const char of text) {
      const code = char.codePointAt(0)!
      if (wanted.has(code) && !placed.has(code)) {
        placed.add(code)
        taken.push(code)
      }
    }
    return taken
  }
  const first = take(groups[0] ?? '')
  const rest = groups.slice(1).flatMap(take)
  rest.push(...[...wanted].filter(code => !placed.has(code)).sort((a, b) => a - b))
  const slices = first.length
    ? [first]
    : []
  for (let i = 0; i < rest.length; i += size)
    slices.push(rest.slice(i, i + size))
  return slices.map(slice => slice.sort((a, b) => a - b))
}

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0')
}

/** `U+4E00` notation of one code point. */
export function codeLabel(code: number): string {
  return `U+${hex(code)}`
}

/** A CSS `unicode-range` value listing exactly `codes`, consecutive code points merged: `U+0020-007E,U+00B7`. */
export function formatUnicodeRange(codes: Iterable<number>): string {
  const sorted = [
    ...new Set(codes),
  ].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length;) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1)
      j++
    parts.push(i === j
      ? `U+${hex(sorted[i]!)}`
      : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`)
    i = j + 1
  }
  return parts.join(',')
}

/** Parses a CSS `unicode-range` value (`U+20-7E, U+4??, u+3000`) into inclusive [from, to] pairs. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map(part => part.trim()).filter(Boolean).map((part) => {
    const match = /^U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(part)
    if (!match || (match[2] && match[1]!.includes('?')) || /\?[^?]/.test(match[1]!))
      throw new Error(`Not a unicode-range: "${part}"`)
    const from = Number.parseInt(match[1]!.replace(/\?/g, '0'), 16)
    const to = match[2]
      ? Number.parseInt(match[2], 16)
      : Number.parseInt(match[1]!.replace(/\?/g, 'F'), 16)
    if (to < from)
      throw new Error(`Empty unicode-range: "${part}"`)
    return [from, to] as [number, number]
  })
}

export function inRanges(ranges: readonly (readonly [number, number])[], code: number): boolean {
  return ranges.some(([from, to]) => code >= from && code <= to)
}

export interface FontFaceRule {
  family: string
  weight: number
  url: string
  unicodeRange: string
}

/** The @font-face rules of a stylesheet (family, weight, first url, unicode-range; U+0-10FFFF when absent). */
export function parseFontFaces(css: string): FontFaceRule[] {
  return [
    ...css.matchAll(/@font-face\s*\{([^}]*)\}/g),
  ].map(([, body]) => {
    const property = (name: string) => new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(body!)?.[1]?.trim()
    return {
      family: (property('font-family') ?? '').replace(/["']/g, ''),
      weight: Number(property('font-weight') ?? 400),
      url: /url\(\s*['"]?([^'")]+)/.exec(property('src') ?? '')?.[1] ?? '',
      unicodeRange: property('unicode-range') ?? 'U+0-10FFFF',
    }
  })
}

/** One fontsource file of a weight, in the order the subset takes characters from them. */
export interface SourceFont {
  /** Short name used in the output file name: `chinese-simplified`, `latin`, `12`, … */
  name: string
  path: string
  /** The slice's declared unicode-range; undefined for the named subsets (they declare none). */
  ranges?: [number, number][]
}

const NAMED_SOURCES = [
  'chinese-simplified',
  'latin',
  'latin-ext',
  'vietnamese',
  'cyrillic',
]

/** The fontsource files of `weight`: the named subsets first, then the numbered slices in CSS order. */
export async function sourceFonts(root: string, weight: number): Promise<SourceFont[]> {
  const packageDir = join(root, 'node_modules/@fontsource/noto-sans-sc')
  const file = (name: string) => join(packageDir, 'files', `noto-sans-sc-${name}-${weight}-normal.woff2`)
  const named = NAMED_SOURCES.map(name => ({
    name,
    path: file(name),
  }))
  const sliced = parseFontFaces(await readFile(join(packageDir, `${weight}.css`), 'utf8'))
    .map(face => ({ face, slice: /noto-sans-sc-(\d+)-\d+-normal\.woff2$/.exec(face.url)?.[1] }))
    .filter(({ slice }) => slice !== undefined)
    .map(({ face, slice }) => ({
      name: slice!,
      path: file(slice!),
      ranges: parseUnicodeRange(face.unicodeRange),
    }))
  return [
    ...named,
    ...sliced,
  ]
}

interface SubsetOptions {
  targetFormat: 'truetype' | 'woff2'
}
type SubsetFont = (font: Uint8Array, text: string, options: SubsetOptions) => Promise<Uint8Array>

/**
 * subset-font (CommonJS, no type declarations), loaded on first use: the constants above are also read by
 * the PDF export and the tests, which never subset.
 */
function subsetFont(...args: Parameters<SubsetFont>): ReturnType<SubsetFont> {
  return (createRequire(import.meta.url)('subset-font') as SubsetFont)(...args)
}

/** Subsets `font` (any format) to `codes`; the result holds no other character. */
export async function subsetTo(font: Uint8Array, codes: readonly number[], format: SubsetOptions['targetFormat']): Promise<Uint8Array> {
  return subsetFont(font, String.fromCodePoint(...codes), { targetFormat: format })
}

/** The code points a font file maps to glyphs (its cmap). */
export async function fontCharacters(font: Uint8Array): Promise<Set<number>> {
  const { Blob, Face } = await import('harfbuzzjs') // loads its WebAssembly: only when needed
  const sfnt = await subsetFont(font, '', { targetFormat: 'truetype', keepAllGlyphs: true } as SubsetOptions)
  return new Set(new Face(new Blob(sfnt), 0).collectUnicodes())
}

export interface SubsetFile {
  /** File name inside FONT_DIR. */
  name: string
  weight: number
  codes: number[]
  bytes: Uint8Array
}

export interface FontSubset {
  files: SubsetFile[]
  css: string
  /** Characters no Noto Sans SC file has, per weight (`npm run fonts` refuses to write then). */
  missing: Map<number, number[]>
}

/**
 * Cuts every weight down to `slices` (see sliceCodes), one file per slice and source font: each character
 * comes from the first source font that has it (in practice one file per slice, plus a tiny one where a
 * symbol is not in the chinese-simplified file). Accepts a flat code list as one slice.
 */
export async function buildFontSubset(root: string, slices: readonly (readonly number[])[] | readonly number[]): Promise<FontSubset> {
  const cuts = (slices.length && typeof slices[0] === 'number'
    ? [slices as readonly number[]]
    : slices as readonly (readonly number[])[]).filter(slice => slice.length)
  const width = String(cuts.length).length < 2
    ? 2
    : String(cuts.length).length
  const files: SubsetFile[] = []
  const missing = new Map<number, number[]>()
  for (const weight of FONT_WEIGHTS) {
    const sources: { source: SourceFont, font?: Uint8Array, has?: Set<number> }[] = (await sourceFonts(root, weight))
      .map(source => ({ source }))
    const lacking: number[] = []
    for (const [index, slice] of cuts.entries()) {
      let remaining = [
        ...new Set(slice),
      ].sort((a, b) => a - b)
      for (const entry of sources) {
        if (!remaining.length)
          break
        const { source } = entry
        const wanted = source.ranges
          ? remaining.filter(code => inRanges(source.ranges!, code))
          : remaining
        if (!wanted.length)
          continue
        entry.font ??= await readFile(source.path)
        entry.has ??= await fontCharacters(entry.font)
        const taken = wanted.filter(code => entry.has!.has(code))
        if (!taken.length)
          continue
        const bytes = await subsetTo(entry.font, taken, 'woff2')
        const suffix = source.name === 'chinese-simplified'
          ? ''
          : `-${source.name}`
        const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 8)
        files.push({
          name: `noto-sans-sc-${weight}-${String(index + 1).padStart(width, '0')}${suffix}.${hash}.woff2`,
          weight,
          codes: taken,
          bytes,
        })
        const takenSet = new Set(taken)
        remaining = remaining.filter(code => !takenSet.has(code))
      }
      lacking.push(...remaining)
    }
    if (lacking.length)
      missing.set(weight, lacking.sort((a, b) => a - b))
  }
  return {
    files,
    css: fontCss(files),
    missing,
  }
}

/**
 * What `npm run fonts` writes: every character the kit displays (kitCharacters), sliced in the order the
 * decks show them (characterOrder, sliceCodes), in both weights.
 */
export async function kitFontSubset(root: string): Promise<{ characters: Map<number, string>, codes: number[], subset: FontSubset }> {
  const characters = await kitCharacters(root)
  const codes = subsetCodes(characters.keys())
  const subset = await buildFontSubset(root, sliceCodes(codes, await characterOrder(root)))
  return { characters, codes, subset }
}

/** The generated stylesheet: one @font-face per file, declaring exactly the characters the file holds. */
export function fontCss(files: readonly Pick<SubsetFile, 'name' | 'weight' | 'codes'>[]): string {
  const header = [
    '/*',
    ` * GENERATED by \`npm run fonts\` (scripts/fonts.ts, scripts/lib/font-subset.ts): do not edit.`,
    ` * ${FONT_FAMILY}, cut down to the characters the kit displays. Run \`npm run fonts\` again after adding`,
    ' * text with new characters (tests/content/font-subset.test.ts tells you when).',
    ' * Font: Noto Sans SC from @fontsource/noto-sans-sc, SIL Open Font License 1.1 (public/fonts/LICENSE.txt).',
    ' */',
  ]
  const rules = files.map(file => [
    '',
    '@font-face {',
    `  font-family: '${FONT_FAMILY}';`,
    '  font-style: normal;',
    '  font-display: swap;',
    `  font-weight: ${file.weight};`,
    `  src: url('${FONT_URL}/${file.name}') format('woff2');`,
    `  unicode-range: ${formatUnicodeRange(file.codes)};`,
    '}',
  ])
  return `${[
    ...header,
    ...rules.flat(),
  ].join('\n')}\n`
}
