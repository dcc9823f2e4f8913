/**
 * The deck's mastery threshold: the share of the post-test a learner needs to pass (SCORM
 * passed/failed). Set in the deck's headmatter as `masteryThreshold` (a number above 0 and at most 1);
 * when absent, DEFAULT_MASTERY_THRESHOLD (0.8) applies.
 */
/** The share of the post-test needed to pass when a deck does not say. */
export const DEFAULT_MASTERY_THRESHOLD = 0.8

/** `headmatter.masteryThreshold`, checked; throws a message that names the deck file and the key. */
export function readMasteryThreshold(headmatter: Record<string, unknown>, entry: string): number {
  const value = headmatter.masteryThreshold
  if (value === undefined)
    return DEFAULT_MASTERY_THRESHOLD
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 1)
    throw new Error(`${entry}: headmatter masteryThreshold must be a number above 0 and at most 1 (e.g. 0.8 for 80 % of the post-test), got ${JSON.stringify(value)}`)
  return value
}
