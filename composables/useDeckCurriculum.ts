import type { KitDeckCurriculum } from '../curriculum/clientCurriculum.ts'
import deck from 'virtual:kit-curriculum'

/**
 * The curriculum of the deck this site was built from: modules, slides and the exercises on each,
 * from Slidev's own parse of the deck (setup/vite-plugins.ts).
 */
export function useDeckCurriculum(): KitDeckCurriculum {
  return deck
}
