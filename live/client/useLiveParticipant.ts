/**
 * A phone in the room: joins with the room code, shows what the presenter opened, and sends answers
 * so that none is lost. Every answer goes to an outbox in localStorage first and leaves it only when
 * the server acknowledges it (after committing it); on every reconnection the outbox is sent again.
 */
import type { Ref } from 'vue'
import type { RoundState, ServerMessage } from '../protocol.ts'
import type { LiveSocket, SocketStatus } from './createLiveSocket.ts'
import { ref } from 'vue'
import { createLiveSocket } from './createLiveSocket.ts'
import { deviceId } from './deviceId.ts'

export interface UseLiveParticipantReturn {
  status: Ref<SocketStatus>
  /** True once the server accepted the room code. */
  joined: Ref<boolean>
  /** The last error, in Chinese (wrong room code, answer refused …); '' when none. */
  error: Ref<string>
  /** The exercise the presenter opened last, and its phase. */
  current: Ref<RoundState | null>
  /** This device's answer to the current exercise as the server has it. */
  saved: Ref<unknown>
  /** Whether an answer to the current exercise waits for its acknowledgement. */
  sending: Ref<boolean>
  /** Queues an answer (kept until acknowledged, sent now or on reconnection). */
  answer: (exercise: string, response: unknown) => void
  leave: () => void
}

interface OutboxEntry {
  seq: number
  response: unknown
}

const SEQ_KEY = 'qzgz-live:seq'

export function useLiveParticipant(room: string, storage: Storage = localStorage): UseLiveParticipantReturn {
  const outboxKey = `qzgz-live:outbox:${room}`
  const device = deviceId(storage)
  const joined = ref(false)
  const error = ref('')
  const current = ref<RoundState | null>(null)
  const saved = ref<unknown>(null)
  const sending = ref(false)
  // Assigned below, once the handlers it calls exist.
  let socket: LiveSocket | undefined

  const readOutbox = (): Record<string, OutboxEntry> => {
    try {
      const value = JSON.parse(storage.getItem(outboxKey) ?? '{}') as unknown
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value as Record<string, OutboxEntry>
        : {}
    }
    catch {
      return {}
    }
  }
  const writeOutbox = (outbox: Record<string, OutboxEntry>) => {
    storage.setItem(outboxKey, JSON.stringify(outbox))
    sending.value = !!current.value && Object.hasOwn(outbox, current.value.exercise)
  }

  /** Increasing per device, even across reloads: the server keeps the answer with the highest seq. */
  const nextSeq = () => {
    const seq = Math.max(Number(storage.getItem(SEQ_KEY)) + 1 || 1, Date.now())
    storage.setItem(SEQ_KEY, String(seq))
    return seq
  }

  const flushOutbox = () => {
    if (!joined.value)
      return
    for (const [exercise, entry] of Object.entries(readOutbox())) {
      socket?.send({
        t: 'answer',
        seq: entry.seq,
        exercise,
        response: entry.response,
      })
    }
  }

  const onMessage = (message: ServerMessage) => {
    switch (message.t) {
      case 'welcome':
        joined.value = true
        error.value = ''
        flushOutbox()
        break
      case 'state': {
        current.value = message.current
        const pending = message.current && readOutbox()[message.current.exercise]
        saved.value = message.mine?.response ?? null
        sending.value = !!pending
        break
      }
      case 'ack': {
        const outbox = readOutbox()
        for (const [exercise, entry] of Object.entries(outbox)) {
          if (entry.seq === message.seq) {
            delete outbox[exercise]
            if (current.value?.exercise === exercise)
              saved.value = entry.response
          }
        }
        writeOutbox(outbox)
        error.value = ''
        break
      }
      case 'error':
        if (message.code === 'unknown-room') {
          joined.value = false
          socket?.close()
        }
        if (message.seq !== undefined && message.code !== 'storage' && message.code !== 'rate-limited') {
          // Refused for good (closed, invalid …): keeping it would resend it forever.
          const outbox = readOutbox()
          for (const [exercise, entry] of Object.entries(outbox)) {
            if (entry.seq === message.seq)
              delete outbox[exercise]
          }
          writeOutbox(outbox)
        }
        error.value = message.message
        break
      default:
        break
    }
  }

  const live = createLiveSocket({
    hello: () => ({
      t: 'hello',
      role: 'participant',
      room,
      device,
    }),
    onMessage,
    onOpen: () => {
      joined.value = false
    },
  })
  socket = live

  return {
    status: live.status,
    joined,
    error,
    current,
    saved,
    sending,
    answer(exercise, response) {
      const outbox = readOutbox()
      const entry = {
        seq: nextSeq(),
        response,
      }
      outbox[exercise] = entry
      writeOutbox(outbox)
      if (joined.value) {
        live.send({
          t: 'answer',
          seq: entry.seq,
          exercise,
          response,
        })
      }
    },
    leave: () => live.close(),
  }
}
