/**
 * One colour per module: the module divider's band and the thin accent on each of its slides.
 * Dark enough for text on white (WCAG AA, contrast ≥ 4.5:1); restrained, no two neighbours alike.
 */
export const MODULE_COLORS = [
  '#9f1239', // 0 opening: crimson
  '#b45309', // 1 amber
  '#1d4ed8', // 2 blue
  '#047857', // 3 green
  '#7e22ce', // 4 purple
  '#b91c1c', // 5 red
  '#0e7490', // 6 teal
  '#4d7c0f', // 7 olive
  '#c2410c', // 8 orange
  '#1e3a8a', // 9 navy
] as const

/** The kit's own colour, for slides outside any module (cover before module 0, breaks). */
export const KIT_COLOR = '#9f1239'

/** The colour of module `number` (repeats after the tenth module); the kit colour for no module. */
export function moduleColor(number: number | null | undefined): string {
  if (number === null || number === undefined || !Number.isInteger(number) || number < 0)
    return KIT_COLOR
  return MODULE_COLORS[number % MODULE_COLORS.length]!
}
