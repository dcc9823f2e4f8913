/**
 * The live room: who is connected, which exercise is open, and every message's handling.
 * Transport-free (the server hands it `Peer`s and raw frames), so it is the one place the rules live:
 * only the presenter token controls; participants answer only the open exercise, one answer each,
 * changeable until it closes; every message is validated; floods are dropped.
 *
 * Answers are committed in batches: the answers that arrive in one turn of the event loop are written
 * in one transaction, then acknowledged, then the presenters get one update.
 */
import type { ExerciseKind } from '../../exercises/contract.ts'
import type { ExerciseData } from '../../exercises/schema.ts'
import type { ClientMessage, ErrorCode, Phase, RoundState, ServerMessage } from '../protocol.ts'
import type { AnswerInput, LiveStore, Session, StoredAnswer } from './LiveStore.ts'
import { clampScore } from '../../exercises/contract.ts'
import { EXERCISE_TYPES } from '../../exercises/registry.ts'
import { clientMessageSchema, errorMessage, MAX_MESSAGE_LENGTH } from '../protocol.ts'
import { isLiveType, summarize } from '../summarize.ts'
import { RateLimit } from './RateLimit.ts'
import { sameToken } from './sameToken.ts'

export interface Peer {
  send: (message: ServerMessage) => void
  /** Ends the connection (a flood). */
  close: (code: number, reason: string) => void
}

interface PeerState {
  role?: 'participant' | 'presenter'
  device?: string
  watching?: string
  limit: RateLimit
  lastRateError: number
}

interface Pending {
  peer: Peer
  input: AnswerInput
}

export interface RoomOptions {
  /** Messages a connection may send at once, and per second after that. */
  burst?: number
  perSecond?: number
  /** Dropped messages after which a connection is closed. */
  maxDropped?: number
}

export class LiveRoom {
  readonly session: Session
  private readonly store: LiveStore
  private readonly exercises: ReadonlyMap<string, ExerciseData>
  private readonly joinUrl: string
  private readonly options: RoomOptions
  private readonly peers = new Map<Peer, PeerState>()
  private readonly cache = new Map<string, Map<string, StoredAnswer>>()
  private phases: Record<string, Phase>
  private pending: Pending[] = []
  private flushScheduled = false
  private roomTimer: ReturnType<typeof setTimeout> | undefined
  /** Counts applied answers; acks and results carry it so a client can tell which update includes its answer. */
  private rev = 0

  constructor(store: LiveStore, session: Session, exercises: ReadonlyMap<string, ExerciseData>, joinUrl: string, options: RoomOptions = {}) {
    this.store = store
    this.session = session
    this.exercises = exercises
    this.joinUrl = joinUrl
    this.options = options
    this.phases = store.phases(session.id)
  }

  get current(): RoundState | null {
    return this.session.current
  }

  get online(): number {
    let n = 0
    for (const state of this.peers.values()) {
      if (state.role === 'participant')
        n++
    }
    return n
  }

  connect(peer: Peer): void {
    this.peers.set(peer, {
      limit: new RateLimit(this.options.burst ?? 30, this.options.perSecond ?? 15),
      lastRateError: -Infinity,
    })
  }

  disconnect(peer: Peer): void {
    const state = this.peers.get(peer)
    this.peers.delete(peer)
    if (state?.role === 'participant')
      this.scheduleRoomUpdate()
  }

  /** Handles one raw frame from `peer`. */
  receive(peer: Peer, raw: string): void {
    const state = this.peers.get(peer)
    if (!state)
      return
    if (!state.limit.take()) {
      if (state.limit.dropped > (this.options.maxDropped ?? 200)) {
        peer.close(1008, 'rate limit')
        return
      }
      const now = performance.now()
      if (now - state.lastRateError > 1000) {
        state.lastRateError = now
        peer.send(errorMessage('rate-limited'))
      }
      return
    }
    if (raw.length > MAX_MESSAGE_LENGTH)
      return peer.send(errorMessage('too-large'))
    let json: unknown
    try {
      json = JSON.parse(raw)
    }
    catch {
      return peer.send(errorMessage('bad-json'))
    }
    const parsed = clientMessageSchema.safeParse(json)
    if (!parsed.success) {
      const seq = (json as { seq?: unknown } | null)?.seq
      return peer.send(errorMessage('bad-message', typeof seq === 'number'
        ? seq
        : undefined))
    }
    this.handle(peer, state, parsed.data)
  }

  private handle(peer: Peer, state: PeerState, message: ClientMessage): void {
    switch (message.t) {
      case 'ping':
        return peer.send({ t: 'pong' })
      case 'hello':
        if (message.role === 'participant') {
          if (message.room !== this.session.room)
            return peer.send(errorMessage('unknown-room'))
          state.role = 'participant'
          state.device = message.device
          peer.send({
            t: 'welcome',
            role: 'participant',
            room: this.session.room,
            session: this.session.id,
          })
          peer.send(this.participantState(message.device))
          this.scheduleRoomUpdate()
          return
        }
        if (!sameToken(message.token, this.session.token))
          return peer.send(errorMessage('forbidden'))
        state.role = 'presenter'
        peer.send({
          t: 'welcome',
          role: 'presenter',
          room: this.session.room,
          session: this.session.id,
        })
        peer.send(this.roomMessage())
        return
      case 'answer':
        return this.answer(peer, state, message)
      default:
        break
    }
    // Everything below is the presenter's.
    if (state.role !== 'presenter')
      return peer.send(errorMessage('forbidden'))
    const data = this.exercises.get(message.exercise)
    if (!data)
      return peer.send(errorMessage('unknown-exercise'))
    switch (message.t) {
      case 'watch':
        state.watching = data.id
        return peer.send(this.results(data))
      case 'open':
        if (!isLiveType(data.type))
          return peer.send(errorMessage('not-live'))
        return this.setPhase(data, 'open', message.slide)
      case 'close':
        if (this.phases[data.id] !== 'open')
          return peer.send(errorMessage('not-open'))
        return this.setPhase(data, 'closed')
      case 'reveal':
        if (!this.phases[data.id])
          return peer.send(errorMessage('not-open'))
        return this.setPhase(data, 'revealed')
      case 'hide':
        if (!this.store.setHidden(this.session.id, data.id, message.entry, message.hidden))
          return peer.send(errorMessage('bad-message'))
        for (const answer of this.answersOf(data.id).values()) {
          if (answer.entry === message.entry)
            answer.hidden = message.hidden
        }
        return this.pushResults(data.id)
    }
  }

  private answer(peer: Peer, state: PeerState, message: Extract<ClientMessage, { t: 'answer' }>): void {
    const reject = (code: ErrorCode) => peer.send(errorMessage(code, message.seq))
    if (state.role !== 'participant' || !state.device)
      return reject('not-joined')
    const data = this.exercises.get(message.exercise)
    if (!data)
      return reject('unknown-exercise')
    if (this.phases[data.id] !== 'open' || this.current?.exercise !== data.id)
      return reject('not-open')
    const kind = EXERCISE_TYPES[data.type].kind as ExerciseKind<ExerciseData, unknown>
    if (!kind.isResponse(data, message.response))
      return reject('bad-answer')
    if (!kind.isAnswered(data, message.response))
      return reject('incomplete')
    const previous = this.answersOf(data.id).get(state.device)
    if (previous && previous.seq >= message.seq) {
      // A resend of an answer already stored (or older than it): acknowledge, change nothing.
      return peer.send({ t: 'ack', seq: message.seq, rev: this.rev })
    }
    const maxScore = kind.maxScore(data)
    this.pending.push({
      peer,
      input: {
        exercise: data.id,
        device: state.device,
        seq: message.seq,
        response: message.response,
        maxScore,
        score: clampScore(kind.score(data, message.response), maxScore),
      },
    })
    if (!this.flushScheduled) {
      this.flushScheduled = true
      setImmediate(() => this.flush())
    }
  }

  /** Commits every pending answer in one transaction, then acknowledges them and updates the presenters. */
  private flush(): void {
    this.flushScheduled = false
    const batch = this.pending
    this.pending = []
    // Within a batch, the latest answer of a device wins (same key in the table).
    let entries: number[]
    try {
      entries = this.store.saveAnswers(this.session.id, batch.map(item => item.input))
    }
    catch (error) {
      console.error('[live] could not save answers:', error)
      for (const item of batch)
        item.peer.send(errorMessage('storage', item.input.seq))
      return
    }
    const changed = new Set<string>()
    batch.forEach((item, index) => {
      const answers = this.answersOf(item.input.exercise)
      const previous = answers.get(item.input.device)
      answers.set(item.input.device, {
        entry: entries[index]!,
        device: item.input.device,
        response: item.input.response,
        seq: item.input.seq,
        score: item.input.score,
        maxScore: item.input.maxScore,
        hidden: previous?.hidden ?? false,
        updatedAt: new Date().toISOString(),
      })
      changed.add(item.input.exercise)
      this.rev++
    })
    for (const item of batch)
      item.peer.send({ t: 'ack', seq: item.input.seq, rev: this.rev })
    for (const exercise of changed)
      this.pushResults(exercise)
  }

  private answersOf(exercise: string): Map<string, StoredAnswer> {
    let answers = this.cache.get(exercise)
    if (!answers) {
      answers = new Map(this.store.answers(this.session.id, exercise).map(row => [row.device, row]))
      this.cache.set(exercise, answers)
    }
    return answers
  }

  private setPhase(data: ExerciseData, phase: Phase, slide?: number): void {
    this.store.setPhase(this.session.id, data.id, phase, slide)
    if (phase === 'open') {
      for (const [id, p] of Object.entries(this.phases)) {
        if (p === 'open' && id !== data.id)
          this.phases[id] = 'closed'
      }
      this.session.current = {
        exercise: data.id,
        phase,
        ...(slide
          ? { slide }
          : {}),
      }
    }
    this.phases[data.id] = phase
    if (this.session.current?.exercise === data.id)
      this.session.current = { ...this.session.current, phase }
    for (const [peer, state] of this.peers) {
      if (state.role === 'participant' && state.device)
        peer.send(this.participantState(state.device))
    }
    this.pushRoom()
    this.pushResults(data.id)
  }

  private participantState(device: string): ServerMessage {
    const current = this.session.current
    const mine = current
      ? this.answersOf(current.exercise).get(device)
      : undefined
    return {
      t: 'state',
      current,
      mine: mine
        ? { response: mine.response, seq: mine.seq }
        : null,
    }
  }

  private roomMessage(): ServerMessage {
    return {
      t: 'room',
      room: this.session.room,
      session: this.session.id,
      joinUrl: this.joinUrl,
      current: this.session.current,
      phases: { ...this.phases },
      online: this.online,
    }
  }

  results(data: ExerciseData): ServerMessage {
    const answers = [
      ...this.answersOf(data.id).values(),
    ]
    return {
      t: 'results',
      exercise: data.id,
      phase: this.phases[data.id] ?? null,
      rev: this.rev,
      count: answers.length,
      summary: summarize(data, answers),
    }
  }

  private pushResults(exercise: string): void {
    const data = this.exercises.get(exercise)
    if (!data)
      return
    let message: ServerMessage | undefined
    for (const [peer, state] of this.peers) {
      if (state.role === 'presenter' && state.watching === exercise)
        peer.send(message ??= this.results(data))
    }
  }

  private pushRoom(): void {
    const message = this.roomMessage()
    for (const [peer, state] of this.peers) {
      if (state.role === 'presenter')
        peer.send(message)
    }
  }

  /** Joins and leaves come in bursts (a room of phones); the presenters hear of them at most 4 times a second. */
  private scheduleRoomUpdate(): void {
    this.roomTimer ??= setTimeout(() => {
      this.roomTimer = undefined
      this.pushRoom()
    }, 250)
  }

  dispose(): void {
    clearTimeout(this.roomTimer)
  }
}
