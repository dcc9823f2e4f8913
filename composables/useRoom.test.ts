import type { RoomState, RoomSync } from './useRoom.ts'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, reactive } from 'vue'
import { singleChoiceSchema } from '../exercises/types/single-choice/kind.ts'
import { fakeStorage } from '../tests/lib/fakeStorage.ts'
import { emptyRoomState } from './useRoom.ts'

const data = singleChoiceSchema.parse({
  id: 'room-sample',
  type: 'single-choice',
  title: '样题',
  question: '哪一项正确？',
  options: [
    { id: 'a', text: '甲', feedback: '不对' },
    {
      id: 'b',
      text: '乙',
      correct: true,
      feedback: '对',
    },
  ],
  rationale: '因为乙。',
})
const other = singleChoiceSchema.parse({ ...data, id: 'room-other' })

/** Two syncs joined like two windows on one BroadcastChannel: a patch reaches the other as a JSON copy. */
function channelPair(): [RoomSync, RoomSync] {
  const make = () => {
    const state = reactive(emptyRoomState()) as RoomState
    const listeners: ((s: RoomState) => void)[] = []
    return { state, listeners, peer: undefined as undefined | { state: RoomState, listeners: ((s: RoomState) => void)[] } }
  }
  const a = make()
  const b = make()
  a.peer = b
  b.peer = a
  const sync = (side: typeof a): RoomSync => ({
    state: side.state,
    patch(key, value) {
      side.state[key] = value
      const peer = side.peer!
      peer.state[key] = JSON.parse(JSON.stringify(value))
      peer.listeners.forEach(fn => fn(peer.state))
    },
    onRemote: fn => void side.listeners.push(fn),
  })
  return [
    sync(a),
    sync(b),
  ]
}

/** One window of the deck: its own modules (store, room), its own storage. */
async function openWindow(sync: RoomSync) {
  vi.resetModules()
  const { room, useRoomRef } = await import('./useRoom.ts')
  const { exerciseStore } = await import('../exercises/runtime/useExerciseStore.ts')
  const { storagePersistence } = await import('../exercises/runtime/exercisePersistence.ts')
  const { useExercise } = await import('../exercises/runtime/useExercise.ts')
  const { singleChoice } = await import('../exercises/types/single-choice/kind.ts')
  const storage = fakeStorage()
  exerciseStore.usePersistence(storagePersistence(storage))
  room.connect(sync)
  return {
    storage,
    store: exerciseStore,
    useRoomRef,
    exercise: (d = data) => useExercise(singleChoice, d),
  }
}

let presenter: Awaited<ReturnType<typeof openWindow>>
let audience: Awaited<ReturnType<typeof openWindow>>
beforeEach(async () => {
  const [a, b] = channelPair()
  presenter = await openWindow(a)
  audience = await openWindow(b)
})

describe('the room: every window of the deck shows the same exercises', () => {
  it('shows an answer, a check and a reveal made in one window in the other, saved only where made', () => {
    const shown = audience.exercise()
    presenter.exercise().respond({ selected: 'a' })
    expect(shown.response.value).toEqual({ selected: 'a' })
    presenter.exercise().check()
    expect(shown.status.value).toBe('incorrect')
    shown.retry()
    shown.showSolution()
    expect(presenter.exercise().status.value).toBe('revealed')
    // Each window saved only its own changes: the presenter its check, the audience its reveal.
    expect(JSON.parse(presenter.storage.getItem('qzgz-kit:exercise:room-sample')!)).toMatchObject({ checked: true, revealed: false })
    expect(JSON.parse(audience.storage.getItem('qzgz-kit:exercise:room-sample')!)).toMatchObject({ checked: false, revealed: true })
  })

  it('清除我的答案 in one window clears every window, without bringing back what another window saved', () => {
    presenter.exercise().respond({ selected: 'a' })
    presenter.exercise(other).respond({ selected: 'b' })
    audience.exercise().check()
    expect(presenter.exercise().checked.value).toBe(true)
    audience.store.clear()
    expect(presenter.exercise().status.value).toBe('unanswered')
    // The presenter's storage still holds `other`, but the room was cleared after it was saved.
    expect(presenter.storage.getItem('qzgz-kit:exercise:room-other')).not.toBeNull()
    expect(presenter.exercise(other).status.value).toBe('unanswered')
  })

  it('shares view state (a flashcard turned over), and forgets it with the answers', async () => {
    const flipped = presenter.useRoomRef('cards:flipped', false)
    const seen = audience.useRoomRef('cards:flipped', false)
    flipped.value = true
    await nextTick()
    expect(seen.value).toBe(true)
    const timer = audience.useRoomRef<{ usedMs: number, startedAt: number | null }>('timer:话题', { usedMs: 0, startedAt: 5 }, 'timers')
    timer.value = { usedMs: 1000, startedAt: null }
    presenter.store.clear()
    expect(seen.value).toBe(false)
    expect(presenter.useRoomRef('timer:话题', null, 'timers').value).toEqual({ usedMs: 1000, startedAt: null })
  })
})
