/**
 * Slidev's own commands, as a user without the kit would run them: the benchmarks' references for the kit's export.
 * Each throws when Slidev fails.
 */
import { localBin, run } from './run.ts'

async function slidev(args: string[]): Promise<void> {
  const code = await run(localBin('slidev'), args)
  if (code !== 0)
    throw new Error(`slidev ${args[0]} ${args[1]} failed with exit code ${code}`)
}

/** `slidev export <entry>`: the slides PDF, printed by `browserPath`, into `output`. */
export function plainSlidevExport(entry: string, browserPath: string, output: string): Promise<void> {
  return slidev([
    'export',
    entry,
    '--executable-path',
    browserPath,
    '--output',
    output,
    '--timeout',
    '120000',
  ])
}

/** `slidev build <entry>`: the site, with a relative base, into `outDir`. */
export function plainSlidevBuild(entry: string, outDir: string): Promise<void> {
  return slidev([
    'build',
    entry,
    '--out',
    outDir,
    '--base',
    './',
  ])
}
