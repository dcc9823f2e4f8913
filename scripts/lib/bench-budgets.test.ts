import type { BenchResults } from './bench-budgets.ts'
import { describe, expect, it } from 'vitest'
import { BUDGETS, checkBudgets, compareResults, exportRatio, percentile, perSlideGrowth } from './bench-budgets.ts'
import { replaceReport, REPORT_END, REPORT_START, resultsMarkdown } from './bench-report.ts'

function results(overrides: Partial<BenchResults> = {}): BenchResults {
  return {
    date: '2026-01-01T00:00:00.000Z',
    machine: {
      cores: 2,
      loadBefore: [1, 1, 1],
      loadAfter: [2, 2, 2],
    },
    firstSlide: [
      {
        deck: 'workshop',
        view: 'canvas',
        bytes: 200 * 1024,
        requests: 20,
        ms: 2000,
        runs: [2000],
        fontFiles: 2,
        thirdParty: [],
      },
    ],
    nextSlide: [
      {
        deck: 'workshop',
        slides: 10,
        p50: 30,
        p95: 80,
        max: 90,
      },
    ],
    export: {
      kitSeconds: 90,
      plainSeconds: 100,
      real: { slides: 10, seconds: 10 },
      synthetic: { slides: 40, seconds: 44 },
    },
    sizes: { 'dist/pdf/a.pdf': 1000 },
    ...overrides,
  }
}

describe('benchmark budgets', () => {
  it('passes a run within every budget', () => {
    const checks = checkBudgets(results())
    expect(checks.filter(check => !check.ok)).toEqual([])
    expect(checks.map(check => check.label)).toContain('whole-kit export / one plain slidev export')
  })

  it('fails each figure over its budget, and a third-party request', () => {
    const over = results({
      firstSlide: [
        {
          deck: 'briefing',
          view: 'canvas',
          bytes: BUDGETS.firstSlideBytes + 1,
          requests: 1,
          ms: 3001,
          runs: [3001],
          fontFiles: 1,
          thirdParty: ['https://fonts.example/x.css'],
        },
      ],
      nextSlide: [
        {
          deck: 'briefing',
          slides: 3,
          p50: 50,
          p95: 101,
          max: 120,
        },
      ],
      export: {
        kitSeconds: 101,
        plainSeconds: 100,
        real: { slides: 10, seconds: 10 },
        synthetic: { slides: 40, seconds: 49 },
      },
    })
    expect(checkBudgets(over).filter(check => !check.ok).map(check => check.label)).toEqual([
      'first slide briefing canvas: transferred',
      'first slide briefing canvas: visible with fonts (throttled)',
      'first slide briefing canvas: third-party requests',
      'next slide briefing: p95',
      'whole-kit export / one plain slidev export',
      'export time per slide, 4× deck / real deck',
    ])
  })

  it('computes the ratios and nearest-rank percentiles', () => {
    expect(exportRatio(results().export!)).toBeCloseTo(0.9)
    expect(perSlideGrowth(results().export!)).toBeCloseTo(1.1)
    const values = Array.from({ length: 20 }, (_, i) => i + 1)
    expect(percentile(values, 50)).toBe(10)
    expect(percentile(values, 95)).toBe(19)
    expect(percentile([7], 95)).toBe(7)
  })

  it('compares with the last run, and says when there is none', () => {
    const before = results()
    const after = results({
      sizes: { 'dist/pdf/a.pdf': 1500, 'dist/pdf/b.pdf': 10 },
    })
    const lines = compareResults(before, after)
    expect(lines).toContain('size: dist/pdf/a.pdf: 1.5 KB (was 1.0 KB, +50.0%)')
    expect(lines).toContain('size: dist/pdf/b.pdf: 0.0 KB (new)')
    expect(compareResults(undefined, after).every(line => line.endsWith('(new)'))).toBe(true)
  })
})

describe('benchmark report', () => {
  it('replaces only the text between the markers, and adds them when missing', () => {
    const doc = `# Benchmarks\n\nintro\n\n${REPORT_START}\nold\n${REPORT_END}\n\nafter\n`
    const updated = replaceReport(doc, 'new table')
    expect(updated).toBe(`# Benchmarks\n\nintro\n\n${REPORT_START}\nnew table\n${REPORT_END}\n\nafter\n`)
    expect(replaceReport('# B\n', 'x')).toBe(`# B\n\n${REPORT_START}\nx\n${REPORT_END}\n`)
  })

  it('writes every figure and a ✔ or ✖ per budget', () => {
    const run = results()
    const markdown = resultsMarkdown(run, checkBudgets(run))
    expect(markdown).toContain('| workshop, canvas 1280×720 | 200.0 KB | 20 | 2 | 2000 ms | 2000 |')
    expect(markdown).toContain('| ratio | 0.90× |')
    expect(markdown).not.toContain('Slidev alone')
    expect(markdown).not.toContain('✖')
  })

  it('adds Slidev\'s own commands for every deck as a reference, with no budget', () => {
    const run = results({
      export: {
        ...results().export!,
        slidevAloneSeconds: 180,
      },
    })
    const checks = checkBudgets(run)
    expect(resultsMarkdown(run, checks)).toMatch(/\| Slidev alone for every deck: .* \| 180\.0 s \(the kit: 0\.50×\) \|/)
    expect(checks).toEqual(checkBudgets(results()))
    expect(compareResults(results(), run)).toContain('export: Slidev alone, every deck: 180.0 s (new)')
  })
})
