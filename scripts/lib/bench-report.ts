/**
 * The benchmark's table in docs/benchmarks.md: the text between the two marker comments is replaced by
 * the latest run (the rest of the document is written by hand).
 */
import type { BenchResults, BudgetCheck } from './bench-budgets.ts'
import { exportRatio, formatValue, perSlideGrowth } from './bench-budgets.ts'

export const REPORT_START = '<!-- bench:results:start -->'
export const REPORT_END = '<!-- bench:results:end -->'

const VIEW_LABELS: Record<string, string> = {
  'canvas': 'canvas 1280×720',
  'phone-reading': 'phone reading view 390×844',
}

function kb(bytes: number): string {
  return formatValue(bytes, 'B')
}

/** The markdown of one run: figures, budgets (✔/✖) and the machine's load. */
export function resultsMarkdown(results: BenchResults, checks: readonly BudgetCheck[]): string {
  const lines: string[] = [
    `Last run: ${results.date} (${results.scope ?? 'full'}), ${results.machine.cores} cores, load average ${results.machine.loadBefore.map(n => n.toFixed(1)).join(' / ')} before and ${results.machine.loadAfter.map(n => n.toFixed(1)).join(' / ')} after (1 / 5 / 15 min).`,
    '',
    '| first slide (throttled: 150 ms RTT, 1.6 Mbps) | transferred | requests | font files | time to slide + fonts (median) | runs (ms) |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...results.firstSlide.map(first => `| ${first.deck}, ${VIEW_LABELS[first.view] ?? first.view} | ${kb(first.bytes)} | ${first.requests} | ${first.fontFiles} | ${Math.round(first.ms)} ms | ${first.runs.map(ms => Math.round(ms)).join(', ')} |`),
    '',
    '| next slide (every slide, exercises included; loopback) | slides | p50 | p95 | max |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...results.nextSlide.map(next => `| ${next.deck} | ${next.slides} | ${Math.round(next.p50)} ms | ${Math.round(next.p95)} ms | ${Math.round(next.max)} ms |`),
    '',
  ]
  if (results.export) {
    const e = results.export
    lines.push(
      '| export | figure |',
      '| --- | ---: |',
      `| whole kit: build every deck + every PDF | ${e.kitSeconds.toFixed(1)} s |`,
      `| one plain \`slidev export\` of the workshop deck | ${e.plainSeconds.toFixed(1)} s |`,
      `| ratio | ${exportRatio(e).toFixed(2)}× |`,
      ...(e.slidevAloneSeconds === undefined
        ? []
        : [
            `| Slidev alone for every deck: \`slidev build\` + \`slidev export\` of each (a site and a slides PDF each; no handouts) | ${e.slidevAloneSeconds.toFixed(1)} s (the kit: ${(e.kitSeconds / e.slidevAloneSeconds).toFixed(2)}×) |`,
          ]),
      `| slides PDF, real workshop deck | ${e.real.slides} slides, ${e.real.seconds.toFixed(1)} s, ${(e.real.seconds / e.real.slides * 1000).toFixed(0)} ms per slide |`,
      `| slides PDF, synthetic 4× deck | ${e.synthetic.slides} slides, ${e.synthetic.seconds.toFixed(1)} s, ${(e.synthetic.seconds / e.synthetic.slides * 1000).toFixed(0)} ms per slide |`,
      `| per-slide time, 4× / real | ${perSlideGrowth(e).toFixed(2)}× |`,
      '',
    )
  }
  lines.push(
    '| size | bytes |',
    '| --- | ---: |',
    ...Object.entries(results.sizes).map(([name, bytes]) => `| ${name} | ${kb(bytes)} |`),
    '',
    '| budget | measured | limit | |',
    '| --- | ---: | ---: | --- |',
    ...checks.map(check => `| ${check.label} | ${formatValue(check.value, check.unit)} | ${formatValue(check.limit, check.unit)} | ${check.ok
      ? '✔'
      : '✖'} |`),
  )
  return lines.join('\n')
}

/** `doc` with the text between the markers replaced by `markdown` (markers appended when missing). */
export function replaceReport(doc: string, markdown: string): string {
  const start = doc.indexOf(REPORT_START)
  const end = doc.indexOf(REPORT_END)
  const block = `${REPORT_START}\n${markdown}\n${REPORT_END}`
  if (start === -1 || end === -1 || end < start)
    return `${doc.trimEnd()}\n\n${block}\n`
  return `${doc.slice(0, start)}${block}${doc.slice(end + REPORT_END.length)}`
}
