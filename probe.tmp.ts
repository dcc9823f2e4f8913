import { readFileSync } from 'node:fs'
const data = JSON.parse(readFileSync('reports/bundle-slides.json', 'utf8'))
// raw-data format: { tree, nodeParts, nodeMetas }
const parts = data.nodeParts, metas = data.nodeMetas
const byChunk = new Map<string, { id: string, gz: number, raw: number }[]>()
for (const meta of Object.values<any>(metas)) {
  for (const [chunk, uid] of Object.entries<string>(meta.moduleParts)) {
    const p = parts[uid]
    if (!byChunk.has(chunk)) byChunk.set(chunk, [])
    byChunk.get(chunk)!.push({ id: meta.id, gz: p.gzipLength, raw: p.renderedLength })
  }
}
const want = process.argv[2]
for (const [chunk, mods] of byChunk) {
  if (want && !chunk.includes(want)) continue
  const total = mods.reduce((s, m) => s + m.gz, 0)
  if (!want && total < 3000) continue
  console.log(`\n${chunk}: ${(total/1024).toFixed(1)} KB gz (sum of parts), ${mods.length} modules`)
  if (want) {
    const groups = new Map<string, number>()
    for (const m of mods) { const key = (m.id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1]) ?? m.id.replace(/^.*\/perf\//, '').split('/').slice(0,2).join('/'); groups.set(key, (groups.get(key) ?? 0) + m.gz) }
    for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${(v/1024).toFixed(1).padStart(6)} KB  ${k}`)
  }
}
