/**
 * Serves a built deck on loopback: `node scripts/serve.ts [dir] [--port N]`.
 * Playwright's `webServer` uses it to test the built site the way a learner opens it.
 */
import process from 'node:process'
import { parseArgs } from 'node:util'
import { serveStatic } from './lib/static-server.ts'

const { values, positionals } = parseArgs({
  options: {
    port: { type: 'string', default: '4173' },
  },
  allowPositionals: true,
})
const server = await serveStatic(positionals[0] ?? 'dist', Number(values.port))
console.log(`Serving ${positionals[0] ?? 'dist'} at ${server.url}`)
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void server.close().then(() => process.exit(0)))
