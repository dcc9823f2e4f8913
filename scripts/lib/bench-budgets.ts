/**
 * The benchmark's figures (bench/results.json), its budgets and the comparison with the last recorded
 * run. Pure functions: scripts/bench.ts measures, this judges and formats (docs/benchmarks.md explains
 * each budget).
 */

/** The first slide of one deck in one view, under the throttled connection. */
export interface FirstSlideResult {
  deck: string
  /** `canvas` (1280×720) or `phone-reading` (the reading view a phone at 390×844 gets). */
  view: string
  /** Median of the runs: bytes over the wire (headers included), requests, ms to slide + fonts ready. */
  bytes: number
  requests: number
  ms: number
  /** Every run's ms, for the spread. */
  runs: number[]
  /** Font files the first slide loaded (per run they are the same). */
  fontFiles: number
  /** Requests to any host but loopback (always blocked; must be none). */
  thirdParty: string[]
}

export interface NextSlideResult {
  deck: string
  slides: number
  p50: number
  p95: number
  max: number
}

export interface ExportResult {
  /** Seconds: build every deck + every PDF (the kit's export). */
  kitSeconds: number
  /** Seconds: one plain `slidev export` of the workshop deck. */
  plainSeconds: number
  /**
   * Seconds: Slidev's own commands for what the kit makes of the same decks, as far as Slidev can (a site and a
   * slides PDF each: `slidev build` and `slidev export` of every deck, one after another). No budget: a reference.
   */
  slidevAloneSeconds?: number
  /** Slides PDF of the real workshop deck and of the synthetic 4× deck: slides and seconds. */
  real: { slides: number, seconds: number }
  synthetic: { slides: number, seconds: number }
}

export interface BenchResults {
  date: string
  /** What the run measured: `full`, or which parts it left out. */
  scope?: string
  machine: { cores: number, loadBefore: number[], loadAfter: number[] }
  firstSlide: FirstSlideResult[]
  nextSlide: NextSlideResult[]
  export?: ExportResult
  /** Bytes of each deck's site (its own files, not the other outputs in dist/), PDFs and SCORM zips. */
  sizes: Record<string, number>
}

export const BUDGETS = {
  firstSlideBytes: 350 * 1024,
  firstSlideMs: 3000,
  nextSlideP95Ms: 100,
  exportRatio: 1.0,
  perSlideGrowth: 1.2,
  thirdPartyRequests: 0,
} as const

export interface BudgetCheck {
  label: string
  value: number
  limit: number
  unit: string
  ok: boolean
}

export function exportRatio(result: ExportResult): number {
  return result.kitSeconds / result.plainSeconds
}

/** Seconds per slide on the 4× deck divided by seconds per slide on the real deck. */
export function perSlideGrowth(result: ExportResult): number {
  return (result.synthetic.seconds / result.synthetic.slides) / (result.real.seconds / result.real.slides)
}

/** Every budget, measured against `results`. */
export function checkBudgets(results: BenchResults): BudgetCheck[] {
  const checks: BudgetCheck[] = []
  const add = (label: string, value: number, limit: number, unit: string) =>
    checks.push({
      label,
      value,
      limit,
      unit,
      ok: value <= limit,
    })
  for (const first of results.firstSlide) {
    add(`first slide ${first.deck} ${first.view}: transferred`, first.bytes, BUDGETS.firstSlideBytes, 'B')
    add(`first slide ${first.deck} ${first.view}: visible with fonts (throttled)`, first.ms, BUDGETS.firstSlideMs, 'ms')
    add(`first slide ${first.deck} ${first.view}: third-party requests`, first.thirdParty.length, BUDGETS.thirdPartyRequests, '')
  }
  for (const next of results.nextSlide)
    add(`next slide ${next.deck}: p95`, next.p95, BUDGETS.nextSlideP95Ms, 'ms')
  if (results.export) {
    add('whole-kit export / one plain slidev export', exportRatio(results.export), BUDGETS.exportRatio, '×')
    add('export time per slide, 4× deck / real deck', perSlideGrowth(results.export), BUDGETS.perSlideGrowth, '×')
  }
  return checks
}

/** The p-th percentile (0–100) of `values`, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length)
    return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

export function formatValue(value: number, unit: string): string {
  if (unit === 'B')
    return `${(value / 1024).toFixed(1)} KB`
  if (unit === 'ms')
    return `${Math.round(value)} ms`
  if (unit === 's')
    return `${value.toFixed(1)} s`
  if (unit === '×')
    return `${value.toFixed(2)}×`
  return String(value)
}

/** The figures of a run as label → value (with unit), for the comparison with the previous run. */
export function figures(results: BenchResults): Map<string, { value: number, unit: string }> {
  const found = new Map<string, { value: number, unit: string }>()
  for (const first of results.firstSlide) {
    found.set(`first slide ${first.deck} ${first.view}: bytes`, { value: first.bytes, unit: 'B' })
    found.set(`first slide ${first.deck} ${first.view}: requests`, { value: first.requests, unit: '' })
    found.set(`first slide ${first.deck} ${first.view}: time`, { value: first.ms, unit: 'ms' })
  }
  for (const next of results.nextSlide) {
    found.set(`next slide ${next.deck}: p50`, { value: next.p50, unit: 'ms' })
    found.set(`next slide ${next.deck}: p95`, { value: next.p95, unit: 'ms' })
  }
  if (results.export) {
    found.set('export: whole kit', { value: results.export.kitSeconds, unit: 's' })
    found.set('export: plain slidev export', { value: results.export.plainSeconds, unit: 's' })
    if (results.export.slidevAloneSeconds !== undefined)
      found.set('export: Slidev alone, every deck', { value: results.export.slidevAloneSeconds, unit: 's' })
    found.set('export: ratio', {
      value: exportRatio(results.export),
      unit: '×',
    })
    found.set('export: per-slide growth 4×', {
      value: perSlideGrowth(results.export),
      unit: '×',
    })
  }
  for (const [name, bytes] of Object.entries(results.sizes))
    found.set(`size: ${name}`, { value: bytes, unit: 'B' })
  return found
}

/** One line per figure: now, before, and the change in percent (figures new or gone say so). */
export function compareResults(previous: BenchResults | undefined, current: BenchResults): string[] {
  const before = previous
    ? figures(previous)
    : new Map<string, { value: number, unit: string }>()
  const lines: string[] = []
  for (const [label, { value, unit }] of figures(current)) {
    const old = before.get(label)
    if (!old) {
      lines.push(`${label}: ${formatValue(value, unit)} (new)`)
      continue
    }
    const change = old.value === 0
      ? (value === 0
          ? '±0%'
          : 'from 0')
      : `${value >= old.value
        ? '+'
        : ''}${(((value - old.value) / old.value) * 100).toFixed(1)}%`
    lines.push(`${label}: ${formatValue(value, unit)} (was ${formatValue(old.value, unit)}, ${change})`)
  }
  return lines
}
