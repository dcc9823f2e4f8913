import type { WritableComputedRef } from 'vue'
import { computed, reactive, shallowRef } from 'vue'

/**
 * The room state: what every window of the deck shows alike (presenter, audience, overview, and a second
 * device under `slidev` dev). Carried by Slidev's own sync (composables/slidevRoomSync.ts); a window
 * alone (a self-learner, a unit test) keeps it in memory. Values are JSON (they cross windows).
 */
export interface RoomState {
  /** Exercise states by exercise id (exercises/runtime/useExerciseStore.ts, which knows their shape); `null` once forgotten. */
  exercises: Record<string, object | null>
  /** View state by key (the quiz question shown, a flashcard turned over…), forgotten with the answers. */
  views: Record<string, unknown>
  /** Discussion timers by key, kept when the answers are cleared. */
  timers: Record<string, unknown>
  /** How often "清除我的答案" was used: a change clears every window's answers. */
  clears: number
}

/** A way to share the room state between windows. */
export interface RoomSync {
  /** The shared state (reactive); change it only with `patch`. */
  state: RoomState
  /** Replaces one top-level entry; the other windows receive it. */
  patch: <K extends keyof RoomState>(key: K, value: RoomState[K]) => void
  /** Calls `fn` with the whole state after another window changed it. */
  onRemote: (fn: (state: RoomState) => void) => void
}

export function emptyRoomState(): RoomState {
  return {
    exercises: {},
    views: {},
    timers: {},
    clears: 0,
  }
}

/** The room of a window alone: in memory, nobody else receives it. */
export function localRoomSync(): RoomSync {
  const state = reactive(emptyRoomState()) as RoomState
  return {
    state,
    patch: (key, value) => void (state[key] = value),
    onRemote: () => {},
  }
}

const sync = shallowRef<RoomSync>(localRoomSync())
const listeners: ((state: RoomState) => void)[] = []

/** A JSON copy: what crosses windows must hold no reactive proxy (BroadcastChannel clones it). */
function plain<T>(value: T): T {
  return value === undefined
    ? value
    : JSON.parse(JSON.stringify(value)) as T
}

export interface Room {
  /** The state as this window sees it. */
  state: () => RoomState
  /** Shares one entry of `key` ('exercises', 'views' or 'timers'); `null` forgets an exercise. */
  put: <K extends 'exercises' | 'views' | 'timers'>(key: K, id: string, value: RoomState[K][string]) => void
  /** Forgets every exercise state and view state, in every window. */
  clear: () => void
  /** Calls `fn` with the state whenever another window changed it (and once on connecting). */
  onRemote: (fn: (state: RoomState) => void) => void
  /** Shares the room through `next` from now on (setup/main.ts, once, before any slide is drawn). */
  connect: (next: RoomSync) => void
}

export const room: Room = {
  state: () => sync.value.state,
  put(key, id, value) {
    const { state, patch } = sync.value
    patch(key, {
      ...plain(state[key]),
      [id]: plain(value),
    })
  },
  clear() {
    const { state, patch } = sync.value
    patch('exercises', {})
    patch('views', {})
    patch('clears', state.clears + 1)
  },
  onRemote: fn => void listeners.push(fn),
  connect(next) {
    sync.value = next
    next.onRemote(state => listeners.forEach(fn => fn(state)))
    listeners.forEach(fn => fn(next.state))
  },
}

/**
 * A value every window shows alike, e.g. `useRoomRef(`${id}:flipped`, false)` for a flashcard turned over.
 * `kind: 'timers'` keeps it when the answers are cleared.
 */
export function useRoomRef<T>(key: string, initial: T, kind: 'views' | 'timers' = 'views'): WritableComputedRef<T> {
  return computed({
    get: () => {
      const values = sync.value.state[kind]
      return (key in values
        ? values[key]
        : initial) as T
    },
    set: value => room.put(kind, key, value),
  })
}
