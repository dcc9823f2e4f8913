/**
 * The kit's self-hosted web font: Noto Sans SC (weights 400 and 700) cut down to the characters the kit
 * can display. `npm run fonts` (scripts/fonts.ts) writes the subset; tests/content/font-subset.test.ts
 * fails when a displayed character is not in it.
 *
 * Input: @fontsource/noto-sans-sc. Besides its ~100 unicode-range slices per weight it ships one
 * "chinese-simplified" file per weight that holds ASCII, the CJK punctuation and the ~6,800 hanzi of
 * GB 2312, so almost every character comes from that single file. A character it lacks is taken from the
 * first other fontsource file that has it (latin, latin-ext, …, then the numbered slices), which adds one
 * more small file. Each output face declares exactly the characters it holds as its `unicode-range`, so
 * the PDF export's glyph check (scripts/lib/render-pdf.ts) still sees what the font really covers.
 */
import type { Dirent } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'

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

/** Cuts every weight down to `codes`, taking each character from the first source font that has it. */
export async function buildFontSubset(root: string, codes: readonly number[]): Promise<FontSubset> {
  const files: SubsetFile[] = []
  const missing = new Map<number, number[]>()
  for (const weight of FONT_WEIGHTS) {
    let remaining = [
      ...new Set(codes),
    ].sort((a, b) => a - b)
    for (const source of await sourceFonts(root, weight)) {
      if (!remaining.length)
        break
      const wanted = source.ranges
        ? remaining.filter(code => inRanges(source.ranges!, code))
        : remaining
      if (!wanted.length)
        continue
      const font = await readFile(source.path)
      const has = await fontCharacters(font)
      const taken = wanted.filter(code => has.has(code))
      if (!taken.length)
        continue
      files.push({
        name: `noto-sans-sc-${weight}-${source.name}.woff2`,
        weight,
        codes: taken,
        bytes: await subsetTo(font, taken, 'woff2'),
      })
      const takenSet = new Set(taken)
      remaining = remaining.filter(code => !takenSet.has(code))
    }
    if (remaining.length)
      missing.set(weight, remaining)
  }
  return {
    files,
    css: fontCss(files),
    missing,
  }
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
