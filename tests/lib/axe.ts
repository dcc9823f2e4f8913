/**
 * axe-core, injected once per page and run on one part of it: the serious and critical violations, a line each.
 * (`@axe-core/playwright`'s AxeBuilder injects the whole axe script again on every scan, about 0.4 s each; the
 * specs scan every exercise slide of a deck in one page.) axe's default rules.
 */
import type { Page } from '@playwright/test'
import type { AxeResults } from 'axe-core'
import { createRequire } from 'node:module'

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** The serious and critical axe violations inside `selector`, each as `rule — help (targets)`. */
export async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  if (!await page.evaluate(() => 'axe' in window))
    await page.addScriptTag({ path: AXE_SOURCE })
  const violations = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (context: string, options: object) => Promise<AxeResults> } }).axe
    if (!document.querySelector(include))
      throw new Error(`axe: nothing matches ${include}`)
    return (await axe.run(include, {
      resultTypes: ['violations'],
    })).violations
  }, selector)
  return violations
    .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
    .map(violation => `${violation.id} — ${violation.help} (${violation.nodes.map(node => node.target.join(' ')).slice(0, 3).join('; ')})`)
}
