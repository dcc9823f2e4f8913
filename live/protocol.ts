/**
 * The live workshop's WebSocket protocol: every message, both ways, as a zod schema.
 * The server parses every incoming frame with `clientMessageSchema`; nothing else reaches its logic.
 * Responses inside `answer` are checked afterwards against the exercise kind's own `isResponse`.
 */
import { z } from 'zod'
import { idSchema } from '../exercises/schema-parts.ts'

/** Longest frame the server reads, in characters; longer ones get `too-large` and are not parsed. */
export const MAX_MESSAGE_LENGTH = 8_192

/** Room codes are four digits, easy to read off the projector and type on a phone. */
export const roomCodeSchema = z.string().regex(/^\d{4}$/, 'must be four digits')

/** A device id: random, kept in the phone's localStorage; the only identity a participant has. */
export const deviceIdSchema = z.string().regex(/^[\w-]{16,64}$/, 'must be 16–64 letters, digits, _ or -')

/** Exercise phases: participants answer while `open`, the projector shows results; `revealed` shows the solution. */
export const PHASES = ['open', 'closed', 'revealed'] as const
export type Phase = (typeof PHASES)[number]

export const clientMessageSchema = z.discriminatedUnion('t', [
  z.discriminatedUnion('role', [
    z.strictObject({
      t: z.literal('hello'),
      role: z.literal('participant'),
      room: roomCodeSchema,
      device: deviceIdSchema,
    }),
    z.strictObject({
      t: z.literal('hello'),
      role: z.literal('presenter'),
      token: z.string().min(1).max(200),
    }),
  ]),
  /** A participant's answer; `seq` numbers the device's answers so acks can be matched and resends deduplicated. */
  z.strictObject({
    t: z.literal('answer'),
    seq: z.number().int().positive(),
    exercise: idSchema,
    response: z.unknown(),
  }),
  /** Presenter: open an exercise to the room (closes any other open one). `slide` is where it is shown. */
  z.strictObject({
    t: z.literal('open'),
    exercise: idSchema,
    slide: z.number().int().positive().optional(),
  }),
  z.strictObject({
    t: z.literal('close'),
    exercise: idSchema,
  }),
  z.strictObject({
    t: z.literal('reveal'),
    exercise: idSchema,
  }),
  /** Presenter: hide (or show again) one text entry, so it never reaches the projector. */
  z.strictObject({
    t: z.literal('hide'),
    exercise: idSchema,
    entry: z.number().int().positive(),
    hidden: z.boolean(),
  }),
  /** Presenter: send me the results of this exercise now and whenever they change. */
  z.strictObject({
    t: z.literal('watch'),
    exercise: idSchema,
  }),
  z.strictObject({
    t: z.literal('ping'),
  }),
])
export type ClientMessage = z.infer<typeof clientMessageSchema>

/** Error codes, each with the Chinese message a person sees. */
export const ERROR_MESSAGES = {
  'bad-json': '消息格式错误（不是 JSON）。',
  'bad-message': '消息格式错误。',
  'too-large': '消息太长，已拒收。',
  'rate-limited': '发送太频繁，部分消息已丢弃，请稍候。',
  'not-joined': '请先加入房间。',
  'unknown-room': '房间号不对，请核对投影上的四位房间号。',
  'forbidden': '只有培训师（带演示口令）可以这样做。',
  'unknown-exercise': '没有这道练习。',
  'not-live': '这种练习不能在手机上现场作答。',
  'not-open': '这道题现在没有开放作答。',
  'bad-answer': '答案不符合这道题的格式，未保存。',
  'incomplete': '答案还不完整，未保存。',
  'storage': '服务器保存失败，请稍后重试。',
} as const
export type ErrorCode = keyof typeof ERROR_MESSAGES

/** One bar of a chart: an option (or choice, answer, ending) and how many picked it. */
export interface Bar {
  label: string
  count: number
  /** Whether this bar is (part of) the right answer; shown only after reveal. */
  correct?: boolean
}

/** Results of one exercise, by how the projector draws them. */
export type Summary
  = | { kind: 'bars', groups: { label: string, bars: Bar[] }[] }
    | { kind: 'positions', items: { label: string, mean: number, inPlace: number, correctPosition: number }[] }
    | { kind: 'texts', entries: TextEntry[] }
    | { kind: 'radar', axes: { label: string, value: number | null }[] }

/** A participant's text, anonymous: `entry` is a number, never the device id. */
export interface TextEntry {
  entry: number
  text: string
  hidden: boolean
}

export interface RoundState {
  exercise: string
  phase: Phase
  /** Slide number the presenter opened it on, when known. */
  slide?: number
}

export type ServerMessage
  = | { t: 'welcome', role: 'participant' | 'presenter', room: string, session: string }
  /** To participants: the exercise to show (the last one opened) and the participant's own saved answer. */
    | { t: 'state', current: RoundState | null, mine: { response: unknown, seq: number } | null }
  /** To presenters: the room at large. */
    | { t: 'room', room: string, session: string, joinUrl: string, current: RoundState | null, phases: Record<string, Phase>, online: number }
    | { t: 'results', exercise: string, phase: Phase | null, rev: number, count: number, summary: Summary }
    | { t: 'ack', seq: number, rev: number }
    | { t: 'error', code: ErrorCode, message: string, seq?: number }
    | { t: 'pong' }

export function errorMessage(code: ErrorCode, seq?: number): ServerMessage {
  return seq === undefined
    ? { t: 'error', code, message: ERROR_MESSAGES[code] }
    : {
        t: 'error',
        code,
        message: ERROR_MESSAGES[code],
        seq,
      }
}
