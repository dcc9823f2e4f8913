/**
 * Which view draws the self-study site: the 16:9 canvas scaled to the window, or the reading view
 * (one slide at a time, reflowed to the width, for phones). Pure, so it is tested without a browser.
 */

/** A view the learner can choose; no saved choice means "decided by the screen". */
export type ViewChoice = 'reading' | 'canvas'

/**
 * The canvas is kept while it can be drawn at this share of its design size or more (980 × 551 CSS px
 * in the kit's decks): the canvas body text (1.3rem) then stays at 16 px or more and exercise buttons
 * keep a finger-sized height. Below it (every phone, in portrait or landscape, and a tablet in
 * portrait), the reading view is clearer.
 */
export const MIN_CANVAS_SCALE = 0.8

export interface Size {
  width: number
  height: number
}

/** The scale at which Slidev fits a `canvas` into a `viewport` (as its SlideContainer does). */
export function canvasScale(viewport: Size, canvas: Size): number {
  if (canvas.width <= 0 || canvas.height <= 0)
    return 0
  return Math.min(viewport.width / canvas.width, viewport.height / canvas.height)
}

/** What the screen alone chooses: reading when the canvas would be drawn smaller than `MIN_CANVAS_SCALE`. */
export function automaticView(viewport: Size, canvas: Size): ViewChoice {
  return canvasScale(viewport, canvas) < MIN_CANVAS_SCALE
    ? 'reading'
    : 'canvas'
}

export interface ViewContext {
  /** The learner's saved choice, or null to let the screen decide. */
  saved: ViewChoice | null
  viewport: Size
  canvas: Size
  /** Slidev's print or export view, and embedded previews, always draw the canvas. */
  printing: boolean
  embedded: boolean
}

/** The view to draw: the canvas when printing or embedded, else the learner's choice, else the screen's. */
export function chooseView(context: ViewContext): ViewChoice {
  if (context.printing || context.embedded)
    return 'canvas'
  return context.saved ?? automaticView(context.viewport, context.canvas)
}

/** A saved value read back from storage, kept only when it is one of the two views. */
export function parseViewChoice(value: unknown): ViewChoice | null {
  return value === 'reading' || value === 'canvas'
    ? value
    : null
}
