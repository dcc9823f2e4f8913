/**
 * The presenter's (and projector's) side of a live workshop, one per window. Active only when the deck
 * is served by `npm run live` and the window holds the presenter token: the presenter URL carries it as
 * `?live=<token>`; it is kept in localStorage so the projector window of the same browser has it too.
 */
import type { Ref } from 'vue'
import type { Phase, RoundState, ServerMessage } from '../protocol.ts'
import type { LiveSocket, SocketStatus } from './createLiveSocket.ts'
import { ref, shallowRef } from 'vue'
import { createLiveSocket } from './createLiveSocket.ts'

const TOKEN_KEY = 'qzgz-live:token'

export interface UseLivePresenterReturn {
  status: Ref<SocketStatus>
  /** False until the server accepted the token. */
  ready: Ref<boolean>
  room: Ref<string>
  session: Ref<string>
  joinUrl: Ref<string>
  current: Ref<RoundState | null>
  phases: Ref<Record<string, Phase>>
  online: Ref<number>
  /** Results of the watched exercise. */
  results: Ref<Extract<ServerMessage, { t: 'results' }> | null>
  error: Ref<string>
  watch: (exercise: string) => void
  open: (exercise: string, slide?: number) => void
  close: (exercise: string) => void
  reveal: (exercise: string) => void
  hide: (exercise: string, entry: number, hidden: boolean) => void
  /** Writes the session's CSV on the server and downloads it; returns the server's file path. */
  exportCsv: () => Promise<string>
}

/** The presenter token of this window: from `?live=` (then remembered), else remembered earlier. */
export function liveToken(): string | null {
  try {
    const fromUrl = new URLSearchParams(location.search).get('live')
    if (fromUrl) {
      localStorage.setItem(TOKEN_KEY, fromUrl)
      return fromUrl
    }
    return localStorage.getItem(TOKEN_KEY)
  }
  catch {
    return null
  }
}

let instance: UseLivePresenterReturn | undefined

export function useLivePresenter(token: string): UseLivePresenterReturn {
  if (instance)
    return instance
  const ready = ref(false)
  const room = ref('')
  const session = ref('')
  const joinUrl = ref('')
  const current = ref<RoundState | null>(null)
  const phases = ref<Record<string, Phase>>({})
  const online = ref(0)
  const results = shallowRef<Extract<ServerMessage, { t: 'results' }> | null>(null)
  const error = ref('')
  let watching = ''

  const socket: LiveSocket = createLiveSocket({
    hello: () => ({ t: 'hello', role: 'presenter', token }),
    onOpen: () => {
      if (watching)
        socket.send({ t: 'watch', exercise: watching })
    },
    onMessage(message) {
      switch (message.t) {
        case 'welcome':
          ready.value = true
          error.value = ''
          break
        case 'room':
          room.value = message.room
          session.value = message.session
          joinUrl.value = message.joinUrl
          current.value = message.current
          phases.value = message.phases
          online.value = message.online
          break
        case 'results':
          if (message.exercise === watching)
            results.value = message
          break
        case 'error':
          error.value = message.message
          if (message.code === 'forbidden' && !ready.value) {
            // A stale token (another session): forget it, so this window stops acting as presenter.
            localStorage.removeItem(TOKEN_KEY)
            socket.close()
          }
          break
        default:
          break
      }
    },
  })

  instance = {
    status: socket.status,
    ready,
    room,
    session,
    joinUrl,
    current,
    phases,
    online,
    results,
    error,
    watch(exercise) {
      if (exercise === watching)
        return
      watching = exercise
      results.value = null
      socket.send({ t: 'watch', exercise })
    },
    open: (exercise, slide) => void socket.send(slide
      ? { t: 'open', exercise, slide }
      : { t: 'open', exercise }),
    close: exercise => void socket.send({ t: 'close', exercise }),
    reveal: exercise => void socket.send({ t: 'reveal', exercise }),
    hide: (exercise, entry, hidden) => void socket.send({ t: 'hide', exercise, entry, hidden }),
    async exportCsv() {
      const response = await fetch('/live/export.csv', {
        headers: { authorization: `Bearer ${token}` },
      })
      if (!response.ok)
        throw new Error(((await response.json()) as { message?: string }).message ?? `HTTP ${response.status}`)
      const blob = await response.blob()
      const link = document.createElement('a')
      link.href = URL.createObjectURL(blob)
      link.download = `live-${session.value}.csv`
      link.click()
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
      return decodeURIComponent(response.headers.get('x-live-export-file') ?? '')
    },
  }
  return instance
}
