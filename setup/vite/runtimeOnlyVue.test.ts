import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { textFiles } from '../../scripts/lib/font-subset.ts'

const root = process.cwd()

describe('runtime-only Vue', () => {
  it('finds no run-time template in the kit (the runtime-only build could not render one)', async () => {
    const offenders: string[] = []
    for (const file of (await textFiles(root)).filter(file => /\.(?:ts|vue)$/.test(file))) {
      const source = await readFile(join(root, file), 'utf8')
      const script = (file.endsWith('.vue')
        ? [
            ...source.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g),
          ].map(([, body]) => body).join('\n')
        : source).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
      if (/\btemplate\s*:\s*[`'"]/.test(script) || /\bcompile\s*\(/.test(script))
        offenders.push(file)
    }
    expect(offenders).toEqual([])
  })
})
