/**
 * The one stub for the parts of Slidev's client outside its public API (`@slidev/client`'s index) that the
 * kit uses: slide thumbnails in handouts (SlideContainer, SlideWrapper, createFixedClicks), the print view
 * page, Slidev's constants, the sync state behind its navigation (the room, composables/slidevRoomSync.ts) and
 * that navigation's shared state (composables/usePresenterDrives.ts). Slidev ships raw TypeScript and SFCs that only compile inside its own Vite
 * setup, so tsconfig maps each of these imports here. tests/unit/slidev-internals.test.ts fails loudly when
 * a Slidev upgrade moves or changes any of them.
 */
import type { ClicksContext, SlideRoute } from '@slidev/types'
import type { DefineComponent } from 'vue'

/** `@slidev/client/internals/*.vue`, `@slidev/client/pages/*.vue`. */
declare const component: DefineComponent<Record<string, unknown>>
export default component

/** `@slidev/client/composables/useClicks.ts`: a clicks context frozen at one click step. */
export declare function createFixedClicks(route?: SlideRoute, currentInit?: number): ClicksContext

/** `@slidev/client/constants`: the "all clicks done" value. */
export declare const CLICKS_MAX: number
/** `@slidev/client/constants`: Slidev's own per-slide frontmatter keys. */
export declare const FRONTMATTER_FIELDS: readonly string[]

/** `@slidev/client/state/syncState.ts`: the sync behind Slidev's navigation and drawings (composables/slidevRoomSync.ts). */
export interface SyncState<State extends object> {
  /** Starts syncing on channel `channelKey` (a BroadcastChannel; under `slidev` dev the server state). */
  init: (channelKey: string) => void
  /** Calls `fn` after another window changed the state. */
  onPatch: (fn: (state: State) => void) => void
  /** Applies a change received from elsewhere. */
  onUpdate: (patch: Partial<State>) => void
  /** Changes one key locally; the other windows receive it. */
  patch: <K extends keyof State>(key: K, value: State[K]) => void
  state: State
}
/** `@slidev/client/state/shared.ts`: the navigation every window of the deck shares (the part the kit reads). */
export declare const sharedState: {
  page: number
  clicks: number
  /** Who moved it last: the presenter view or a normal slide view (`id` names the window). */
  lastUpdate?: { id: string, type: 'presenter' | 'viewer', time: number }
}

export declare function createSyncState<State extends object>(serverState: State, defaultState: State, persist?: boolean): SyncState<State>
