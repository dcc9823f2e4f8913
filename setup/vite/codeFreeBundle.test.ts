import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { codeFreeBundle, SHIKI_CLIENT_STUBS, slidesShowCode } from './codeFreeBundle.ts'

describe('code-free bundle', () => {
  it('sees code blocks, Magic Move and Monaco, and nothing else', () => {
    expect(slidesShowCode(['# 标题\n\n- 要点', '行内 `code` 不算'])).toBe(false)
    expect(slidesShowCode(['```ts\nconst a = 1\n```'])).toBe(true)
    expect(slidesShowCode(['text\n  ~~~\nplain\n  ~~~'])).toBe(true)
    expect(slidesShowCode(['<ShikiMagicMove steps="[]" />'])).toBe(true)
    expect(slidesShowCode(['```ts {monaco}\nx\n```'])).toBe(true)
  })

  it('stubs Slidev\'s Shiki client imports only for a deck without code', async () => {
    const call = (plugin: ReturnType<typeof codeFreeBundle>, id: string) =>
      (plugin.resolveId as (id: string) => string | undefined)(id)
    const without = codeFreeBundle(false)
    for (const id of Object.keys(SHIKI_CLIENT_STUBS)) {
      const resolved = call(without, id)
      expect(resolved).toMatch(/^\0kit-code-free:/)
      expect((without.load as (id: string) => string | undefined)(resolved!)).toBe(SHIKI_CLIENT_STUBS[id])
    }
    expect(call(without, 'vue')).toBeUndefined()
    expect(call(codeFreeBundle(true), '@shikijs/vitepress-twoslash/client')).toBeUndefined()
  })

  it('stubs exactly what Slidev\'s client imports (so an upgrade that moves them is noticed)', async () => {
    const client = join(process.cwd(), 'node_modules/@slidev/client')
    const sources = await Promise.all(['setup/main.ts', 'styles/index.ts'].map(file => readFile(join(client, file), 'utf8')))
    for (const id of Object.keys(SHIKI_CLIENT_STUBS))
      expect(sources.some(source => source.includes(`'${id}'`)), id).toBe(true)
  })
})
