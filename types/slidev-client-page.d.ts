/** Slidev's own page components (e.g. `@slidev/client/pages/print.vue`), typed without compiling Slidev's sources. */
import type { DefineComponent } from 'vue'

declare const page: DefineComponent
export default page
