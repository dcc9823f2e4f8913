/**
 * `npm run fonts`: regenerates the self-hosted Noto Sans SC subset (public/fonts/*.woff2 and
 * styles/fonts.generated.css) from every character the kit displays. Run it after adding text with new
 * characters; tests/content/font-subset.test.ts fails until then. Same input, byte-identical output.
 * The characters are sliced in the order the decks show them (scripts/lib/font-subset.ts), so re-run it
 * after merging text from elsewhere: slices and their hashed file names may all change.
 * Options: `--check` writes nothing and exits 1 when the committed files differ from what would be written.
 */
import { Buffer } from 'node:buffer'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { codeLabel, FONT_CSS, FONT_DIR, kitFontSubset } from './lib/font-subset.ts'

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
  },
})
const root = process.cwd()

const { characters, codes, subset } = await kitFontSubset(root)
if (subset.missing.size) {
  console.error('✖ Noto Sans SC has no glyph for these characters; rewrite the text without them\n  (or, for a symbol that system fonts may show, add it to OUTSIDE_FONT in scripts/lib/font-subset.ts):')
  const lacking = [
    ...new Set([
      ...subset.missing.values(),
    ].flat()),
  ].sort((a, b) => a - b)
  for (const code of lacking)
    console.error(`  "${String.fromCodePoint(code)}" ${codeLabel(code)} in ${characters.get(code)}`)
  process.exit(1)
}

const LICENSE = {
  name: 'LICENSE.txt',
  from: join(root, 'node_modules/@fontsource/noto-sans-sc/LICENSE'),
}
const outputs = new Map<string, Uint8Array | string>([
  ...subset.files.map(file => [
    join(FONT_DIR, file.name),
    file.bytes,
  ] as const),
  [
    join(FONT_DIR, LICENSE.name),
    await readFile(LICENSE.from, 'utf8'),
  ],
  [FONT_CSS, subset.css],
])
const existing = await readdir(join(root, FONT_DIR)).catch(() => [] as string[])
const stale = existing.map(name => join(FONT_DIR, name)).filter(path => !outputs.has(path))

if (values.check) {
  const differing: string[] = [...stale]
  for (const [path, content] of outputs) {
    const current = await readFile(join(root, path)).catch(() => undefined)
    if (!current || !current.equals(typeof content === 'string'
      ? Buffer.from(content)
      : content)) {
      differing.push(path)
    }
  }
  if (differing.length) {
    console.error(`✖ The font subset is out of date (${differing.join(', ')}): run \`npm run fonts\`.`)
    process.exit(1)
  }
  console.log('✔ The font subset is up to date.')
  process.exit(0)
}

await mkdir(join(root, FONT_DIR), { recursive: true })
for (const path of stale)
  await rm(join(root, path))
for (const [path, content] of outputs)
  await writeFile(join(root, path), content)

const total = subset.files.reduce((sum, file) => sum + file.bytes.byteLength, 0)
console.log(`✔ ${codes.length} characters → ${subset.files.length} font files, ${(total / 1024).toFixed(0)} KiB in ${FONT_DIR}/`)
for (const file of subset.files)
  console.log(`  ${file.name}: ${file.codes.length} characters, ${(file.bytes.byteLength / 1024).toFixed(1)} KiB`)
console.log(`  ${FONT_CSS}`)
