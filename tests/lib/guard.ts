/** Records everything a learner's browser must never see: errors, failed requests, requests off loopback. */
import type { Page } from '@playwright/test'
import { isLoopbackUrl } from '../../scripts/lib/loopback.ts'

export interface PageGuard {
  problems: string[]
}

export async function guardPage(page: Page): Promise<PageGuard> {
  const guard: PageGuard = { problems: [] }
  page.on('console', (message) => {
    if (message.type() === 'error')
      guard.problems.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', error => guard.problems.push(`page error: ${error.message}`))
  page.on('requestfailed', (request) => {
    // ERR_ABORTED: the page itself cancelled the request (e.g. it navigated away); not a failure to serve.
    if (isLoopbackUrl(request.url()) && request.failure()?.errorText !== 'net::ERR_ABORTED')
      guard.problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400)
      guard.problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  await page.route('**/*', async (route) => {
    const url = route.request().url()
    if (isLoopbackUrl(url))
      return route.continue()
    guard.problems.push(`request to a non-loopback host: ${url}`)
    return route.abort('blockedbyclient')
  })
  return guard
}
