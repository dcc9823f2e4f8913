/**
 * Smoke test of the Slidev internals composables/slidevRoomSync.ts relies on. When a Slidev upgrade
 * moves or changes one of them, this fails and says which; fix slidevRoomSync.ts (and its types in
 * types/slidev-client-sync-state.d.ts), nothing else imports them.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import ServerRef from 'vite-plugin-vue-server-ref'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import viteConfig from '../vite.config.ts'
import { ROOM_SERVER_KEY } from './roomServerKey.ts'
import { emptyRoomState } from './useRoom.ts'

const require = createRequire(import.meta.url)
const clientRoot = dirname(require.resolve('@slidev/client/package.json'))
const SYNC_STATE = join(clientRoot, 'state/syncState.ts')

interface SyncState {
  init: (key: string) => void
  onPatch: (fn: (state: Record<string, unknown>) => void) => void
  patch: (key: string, value: unknown) => void
  state: Record<string, unknown>
}
type CreateSyncState = (server: object, initial: object, persist?: boolean) => SyncState

const globals = globalThis as { __SLIDEV_HAS_SERVER__?: boolean }
beforeAll(() => {
  // What Slidev defines for the built site (no dev server): the windows talk over a BroadcastChannel.
  globals.__SLIDEV_HAS_SERVER__ = false
})
afterAll(() => {
  delete globals.__SLIDEV_HAS_SERVER__
})

/** Slidev's sync module as one window loads it (`window` gives each window a module instance of its own). */
async function loadCreateSyncState(window: string): Promise<CreateSyncState> {
  const module = await import(/* @vite-ignore */ `${SYNC_STATE}?window=${window}`).catch((error: Error) => {
    throw new Error(`Slidev moved its sync state (${SYNC_STATE}): update composables/slidevRoomSync.ts. ${error.message}`)
  }) as { createSyncState?: CreateSyncState }
  if (typeof module.createSyncState !== 'function')
    throw new TypeError(`${SYNC_STATE} no longer exports createSyncState: update composables/slidevRoomSync.ts`)
  return module.createSyncState
}

describe('slidev internals behind the room sync', () => {
  it('slidevRoomSync.ts imports createSyncState from the path tested here', async () => {
    const source = await readFile(new URL('./slidevRoomSync.ts', import.meta.url), 'utf8')
    expect(source).toContain(`from '@slidev/client/state/syncState.ts'`)
    expect(source).toContain(`from 'server-reactive:${ROOM_SERVER_KEY}'`)
  })

  it('createSyncState shares a change between two windows of the built site within a second', async () => {
    const channel = `smoke test ${Math.random()}`
    const presenter = (await loadCreateSyncState('presenter'))({}, emptyRoomState())
    const audience = (await loadCreateSyncState('audience'))({}, emptyRoomState())
    presenter.init(channel)
    audience.init(channel)
    const received = new Promise<Record<string, unknown>>((resolve, reject) => {
      audience.onPatch(state => resolve(JSON.parse(JSON.stringify(state))))
      setTimeout(() => reject(new Error('the other window received nothing within 1 s')), 1000)
    })
    presenter.patch('views', { 'q:flipped': true })
    expect(await received).toMatchObject({
      views: { 'q:flipped': true },
    })
    expect(audience.state.views).toEqual({ 'q:flipped': true })
  })

  it('slidev serves the room server state from vite.config.ts (slidev.serverRef.state)', async () => {
    const cli = await readFile(require.resolve('@slidev/cli/package.json'), 'utf8')
    const dist = join(dirname(require.resolve('@slidev/cli/package.json')), 'dist')
    const { readdir } = await import('node:fs/promises')
    const sources = await Promise.all((await readdir(dist)).filter(f => f.endsWith('.mjs')).map(f => readFile(join(dist, f), 'utf8')))
    expect(sources.some(s => s.includes('pluginOptions.serverRef?.state')), `@slidev/cli ${JSON.parse(cli).version} no longer spreads slidev.serverRef.state into its server-ref plugin`).toBe(true)
    expect(sources.some(s => /ViteSlidevPlugin\(options, baseConfig\.slidev/.test(s)), 'Slidev no longer reads the `slidev` key of vite.config.ts').toBe(true)
    const config = viteConfig as { slidev?: { serverRef?: { state?: Record<string, unknown> } } }
    expect(config.slidev?.serverRef?.state?.[ROOM_SERVER_KEY]).toEqual(emptyRoomState())
  })

  it('the server-ref plugin turns server-reactive:kitRoom into a reactive module holding that state', async () => {
    const plugin = ServerRef({
      state: {
        [ROOM_SERVER_KEY]: emptyRoomState(),
      },
    }) as unknown as { resolveId: (id: string) => string | null, load: (id: string) => Promise<string | undefined> }
    const id = plugin.resolveId(`server-reactive:${ROOM_SERVER_KEY}`)
    expect(id).toBe(`/@server-reactive/${ROOM_SERVER_KEY}`)
    const code = await plugin.load(id!)
    expect(code).toContain(`reactive(${JSON.stringify(emptyRoomState())})`)
    expect(code).toContain('import.meta.hot.on("vue-server-ref"')
  })
})
