/**
 * Slidev's internal building blocks the handout pages reuse to draw slide thumbnails
 * (the same ones Slidev's overview page uses). Typed here for the same reason as slidev-client.d.ts.
 */
import type { DefineComponent } from 'vue'

declare const component: DefineComponent<Record<string, unknown>>
export default component
