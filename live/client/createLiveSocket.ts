/**
 * A WebSocket to the live server that reconnects by itself (backoff 0.5 s → 5 s) and says hello again
 * every time it opens. Messages sent while it is down are not queued here: callers keep what must
 * survive (the participant's outbox) and resend it on `onOpen`.
 */
import type { Ref } from 'vue'
import type { ClientMessage, ServerMessage } from '../protocol.ts'
import { ref } from 'vue'

export type SocketStatus = 'connecting' | 'open' | 'closed'

export interface LiveSocket {
  status: Ref<SocketStatus>
  /** Sends now when open; returns false when the socket is down (the caller retries on open). */
  send: (message: ClientMessage) => boolean
  /** Stops for good (no reconnect). */
  close: () => void
}

export interface LiveSocketOptions {
  /** ws:// URL; defaults to /live/ws on the page's own host. */
  url?: string
  /** Sent first, on every (re)connection. */
  hello: () => ClientMessage
  onMessage: (message: ServerMessage) => void
  /** After hello, on every (re)connection. */
  onOpen?: () => void
}

export function liveSocketUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:'
    ? 'wss'
    : 'ws'}://${location.host}/live/ws`
}

export function createLiveSocket(options: LiveSocketOptions): LiveSocket {
  const status = ref<SocketStatus>('connecting')
  let socket: WebSocket | undefined
  let stopped = false
  let delay = 500
  let timer: ReturnType<typeof setTimeout> | undefined

  function connect(): void {
    status.value = 'connecting'
    const ws = new WebSocket(options.url ?? liveSocketUrl())
    socket = ws
    ws.onopen = () => {
      delay = 500
      status.value = 'open'
      ws.send(JSON.stringify(options.hello()))
      options.onOpen?.()
    }
    ws.onmessage = (event) => {
      try {
        options.onMessage(JSON.parse(String(event.data)) as ServerMessage)
      }
      catch (error) {
        console.warn('[live] unreadable message', error)
      }
    }
    ws.onclose = () => {
      if (socket !== ws)
        return
      status.value = 'closed'
      if (!stopped) {
        timer = setTimeout(connect, delay)
        delay = Math.min(delay * 2, 5000)
      }
    }
  }
  connect()

  // A phone that wakes up or comes back to the Wi-Fi reconnects at once.
  const retryNow = () => {
    if (!stopped && status.value === 'closed') {
      clearTimeout(timer)
      connect()
    }
  }
  window.addEventListener('online', retryNow)
  document.addEventListener('visibilitychange', retryNow)

  return {
    status,
    send(message) {
      if (socket?.readyState !== WebSocket.OPEN)
        return false
      socket.send(JSON.stringify(message))
      return true
    },
    close() {
      stopped = true
      clearTimeout(timer)
      window.removeEventListener('online', retryNow)
      document.removeEventListener('visibilitychange', retryNow)
      socket?.close()
    },
  }
}
