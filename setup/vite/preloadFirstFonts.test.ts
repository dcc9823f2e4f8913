import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { FONT_CSS, FONT_DIR, parseFontFaces } from '../../scripts/lib/font-subset.ts'
import { firstFontFiles } from './preloadFirstFonts.ts'

const root = process.cwd()

describe('first fonts preload', () => {
  it('preloads the first slice of each weight, files that exist and that the stylesheet declares', async () => {
    const files = firstFontFiles(root)
    expect(files).toHaveLength(2)
    const declared = parseFontFaces(await readFile(join(root, FONT_CSS), 'utf8')).map(face => face.url.slice(1))
    for (const file of files) {
      expect(file).toMatch(/^fonts\/noto-sans-sc-(?:400|700)-01\.[0-9a-f]{8}\.woff2$/)
      expect(declared).toContain(file)
      expect(existsSync(join(root, FONT_DIR, file.slice('fonts/'.length))), file).toBe(true)
    }
  })
})
