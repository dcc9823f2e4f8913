/**
 * The bundle report, on demand: `KIT_BUNDLE_REPORT=1 npm run build` adds rollup-plugin-visualizer to each
 * deck's build (setup/vite-plugins.ts) and writes, per deck, reports/bundle-<deck>.html (a treemap: which
 * module is in which chunk, raw and gzip sizes) and reports/bundle-<deck>.json (the same as data).
 * docs/benchmarks.md says what the first slide loads and why.
 */
import type { PluginOption } from 'vite'
import { basename, extname, resolve } from 'node:path'

export const REPORT_DIR = 'reports'

/** `slides.md` → `reports/bundle-slides` (the deck entry's name; the extension is added per format). */
export function reportBase(entry: string): string {
  return resolve(REPORT_DIR, `bundle-${basename(entry, extname(entry))}`)
}

export function bundleReport(entry: string): PluginOption[] {
  const base = reportBase(entry)
  return (['treemap', 'raw-data'] as const).map(template => import('rollup-plugin-visualizer').then(({ visualizer }) => visualizer({
    filename: `${base}.${template === 'treemap'
      ? 'html'
      : 'json'}`,
    template,
    gzipSize: true,
    title: `Bundle of ${basename(entry)}`,
  }) as PluginOption))
}
