/** `npm run test:total`: prints the last test run's total as `N passed, N failed` (used by .ci/run). */
import { formatTotal, readTestTotal } from './lib/test-total.ts'

const total = readTestTotal()
for (const file of total.missing)
  console.log(`(no report at ${file}: that test runner did not finish)`)
console.log(formatTotal(total))
