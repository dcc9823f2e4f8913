import { readFileSync } from 'node:fs'
const data = JSON.parse(readFileSync('reports/bundle-slides.json', 'utf8'))
const metas = data.nodeMetas as Record<string, any>
const byUid = new Map(Object.entries(metas))
for (const pat of process.argv.slice(2)) {
  const hits = [...byUid.values()].filter(m => m.id.includes(pat))
  console.log(`\n== ${pat}: ${hits.length} modules`)
  for (const m of hits.slice(0, 6)) {
    const parts = Object.entries(m.moduleParts).map(([c, uid]) => `${c}:${data.nodeParts[uid as string].gzipLength}`)
    console.log(' ', m.id.replace(/^.*perf\//, ''), parts.join(' '))
    console.log('    importedBy:', m.importedBy.map((x: any) => byUid.get(x.uid)?.id.replace(/^.*perf\//, '')).slice(0, 5).join(', '))
  }
}
