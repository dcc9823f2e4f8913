/**
 * 要点卡片 (flashcards): a round of cards, front → 翻面 → 记住了 / 再看一次. Cards marked 再看一次 come back
 * until every card is 记住了. The response is each card's status; one point per card 记住了.
 */
import type { ExerciseKind } from '../../contract.ts'
import { z } from 'zod'
import { checkUniqueIds, idSchema, textSchema } from '../../schema-parts.ts'

export const flashcardsSchema = z.strictObject({
  id: idSchema,
  type: z.literal('flashcards'),
  title: textSchema,
  cards: z.array(z.strictObject({
    id: idSchema,
    /** The question or cue. */
    front: textSchema,
    /** The key point the learner should recall. */
    back: textSchema,
  })).min(2, 'needs at least two cards'),
}).superRefine((data, ctx) => {
  checkUniqueIds(data.cards, ctx, ['cards'])
})

export type FlashcardsData = z.infer<typeof flashcardsSchema>

export const CARD_STATUSES = ['unseen', 'again', 'known'] as const
export type CardStatus = (typeof CARD_STATUSES)[number]

const responseSchema = z.strictObject({
  /** Status of every card, by card id. */
  status: z.record(z.string(), z.enum(CARD_STATUSES)),
})
export type FlashcardsResponse = z.infer<typeof responseSchema>

function allCards(data: FlashcardsData, status: CardStatus): FlashcardsResponse {
  return {
    status: Object.fromEntries(data.cards.map(card => [card.id, status])),
  }
}

/** Status of one card (`unseen` when the response does not name it). */
export function cardStatus(response: FlashcardsResponse, id: string): CardStatus {
  return response.status[id] ?? 'unseen'
}

/** The response after the learner rated card `id`. */
export function rateCard(response: FlashcardsResponse, id: string, status: Exclude<CardStatus, 'unseen'>): FlashcardsResponse {
  return {
    status: { ...response.status, [id]: status },
  }
}

/**
 * The card to show next, or null when every card is 记住了: the first card not seen yet (in data order),
 * then the cards marked 再看一次, in turn, starting after `after` (the card just rated).
 */
export function nextCardId(data: FlashcardsData, response: FlashcardsResponse, after?: string): string | null {
  const unseen = data.cards.find(card => cardStatus(response, card.id) === 'unseen')
  if (unseen)
    return unseen.id
  const again = data.cards.filter(card => cardStatus(response, card.id) === 'again')
  if (!again.length)
    return null
  const start = after === undefined
    ? -1
    : data.cards.findIndex(card => card.id === after)
  return (again.find(card => data.cards.indexOf(card) > start) ?? again[0]!).id
}

export function knownCount(data: FlashcardsData, response: FlashcardsResponse): number {
  return data.cards.filter(card => cardStatus(response, card.id) === 'known').length
}

export const flashcards: ExerciseKind<FlashcardsData, FlashcardsResponse> = {
  type: 'flashcards',
  responseVersion: 1,
  emptyResponse: data => allCards(data, 'unseen'),
  isAnswered: (data, response) => data.cards.some(card => cardStatus(response, card.id) !== 'unseen'),
  score: knownCount,
  maxScore: data => data.cards.length,
  solution: data => allCards(data, 'known'),
  isResponse: (data, value): value is FlashcardsResponse => {
    const parsed = responseSchema.safeParse(value)
    if (!parsed.success)
      return false
    const ids = Object.keys(parsed.data.status)
    return ids.length === data.cards.length && data.cards.every(card => ids.includes(card.id))
  },
}
