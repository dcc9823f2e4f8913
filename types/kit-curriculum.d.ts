declare module 'virtual:kit-curriculum' {
  import type { KitDeckCurriculum } from '../scripts/lib/curriculum-module.ts'

  const decks: KitDeckCurriculum[]
  export default decks
}
