/** `createSyncState` from Slidev's client (state/syncState.ts): the sync behind its navigation and drawings. */
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

export declare function createSyncState<State extends object>(serverState: State, defaultState: State, persist?: boolean): SyncState<State>
