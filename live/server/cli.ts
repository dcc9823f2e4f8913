/**
 * `npm run live [-- options]`: runs a live workshop from this laptop.
 *   --host <addr>      bind address (default 0.0.0.0: phones on the same Wi-Fi can join; 127.0.0.1 = this laptop only)
 *   --port <n>         port (default 4300)
 *   --db <file>        SQLite file (default .live/live.sqlite); the same file resumes the session after a restart
 *   --dist <dir>       built deck (default dist; run `npm run build` first)
 *   --sync <mode>      normal (default: answers survive a crashed server) or full (also a power cut; slower)
 *   --new-session      start a new session (new room code and presenter token) instead of resuming the latest
 *   --export <session> write that session's CSV next to the database and exit
 */
import { resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { createLiveServer, DEFAULT_DB, DEFAULT_HOST, DEFAULT_PORT } from './createLiveServer.ts'
import { loadExerciseCatalog } from './exerciseCatalog.ts'
import { LiveStore } from './LiveStore.ts'
import { writeSessionCsv } from './sessionCsv.ts'

const { values } = parseArgs({
  options: {
    'host': { type: 'string', default: DEFAULT_HOST },
    'port': {
      type: 'string',
      default: String(DEFAULT_PORT),
    },
    'db': { type: 'string', default: DEFAULT_DB },
    'dist': { type: 'string', default: 'dist' },
    'sync': { type: 'string', default: 'normal' },
    'new-session': { type: 'boolean', default: false },
    'export': { type: 'string' },
  },
})

const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not "${values.port}"`)
  process.exit(2)
}

if (values.sync !== 'normal' && values.sync !== 'full') {
  console.error(`--sync must be normal or full, not "${values.sync}"`)
  process.exit(2)
}

if (values.export !== undefined) {
  const store = new LiveStore(resolve(values.db))
  if (!store.sessionById(values.export)) {
    console.error(`No session "${values.export}" in ${store.path}.`)
    process.exit(1)
  }
  const file = await writeSessionCsv(store, values.export, await loadExerciseCatalog())
  store.close()
  console.log(`CSV of session ${values.export}: ${file}`)
  process.exit(0)
}

try {
  const server = await createLiveServer({
    host: values.host,
    port,
    db: values.db,
    dist: values.dist,
    newSession: values['new-session'],
  })
  const { session } = server.room
  console.log([
    `Live workshop 现场互动 · session ${session.id} · room ${session.room}`,
    `  Presenter 培训师:   ${server.presenterUrl}`,
    `  Join 学员加入:      ${server.joinUrl}   (room code 房间号 ${session.room})`,
    `  Listening on ${values.host}:${new URL(server.url).port}${values.host === DEFAULT_HOST
      ? ' (all interfaces: phones on the same Wi-Fi can join; --host 127.0.0.1 for this laptop only)'
      : ''}`,
    `  Data 数据:          ${server.store.path} (SQLite, WAL, sync ${values.sync}; export: npm run live -- --export ${session.id})`,
  ].join('\n'))
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => void server.close().then(() => process.exit(0)))
}
catch (error) {
  console.error(error instanceof Error
    ? error.message
    : error)
  process.exit(1)
}
