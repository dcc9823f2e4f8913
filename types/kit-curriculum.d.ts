declare module 'virtual:kit-curriculum' {
  import type { KitDeckCurriculum } from '../curriculum/clientCurriculum.ts'

  /** The curriculum of the deck being built (setup/vite-plugins.ts). */
  const deck: KitDeckCurriculum
  export default deck
}
