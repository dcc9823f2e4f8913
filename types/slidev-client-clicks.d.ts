/** `createFixedClicks` from Slidev's client: a clicks context frozen at one click step. */
import type { ClicksContext, SlideRoute } from '@slidev/types'

export declare function createFixedClicks(route?: SlideRoute, currentInit?: number): ClicksContext
