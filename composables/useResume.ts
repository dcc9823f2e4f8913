import type { Ref } from 'vue'
import { readonly, ref } from 'vue'

/** What the first navigation of a page load looks like, as far as resuming is concerned. */
export interface EntryNavigation {
  /** Name of the route the navigation lands on (`play` for a slide). */
  routeName: string | symbol | null | undefined
  /** Path the navigation was redirected from (`/` when the URL named no slide), if any. */
  redirectedFrom: string | undefined
  /** `location.search` of the page (Slidev's print and embedded views are marked there). */
  search: string
  /** The slide the learner was last on, if recorded. */
  lastSlide: number | null
  /** Slides in the deck. */
  total: number
}

/**
 * The slide to go back to when the site is opened without naming a slide (no hash, or `#/`), or `null`.
 * An explicit `#/k` is always respected, and presenter, print, handout and embedded views never resume.
 */
export function resumeTarget(entry: EntryNavigation): number | null {
  const params = new URLSearchParams(entry.search)
  if (entry.routeName !== 'play' || params.has('print') || params.has('embedded'))
    return null
  if (entry.redirectedFrom !== '/' && entry.redirectedFrom !== '')
    return null
  const no = entry.lastSlide
  return no !== null && Number.isInteger(no) && no > 1 && no <= entry.total
    ? no
    : null
}

export interface UseResumeReturn {
  /** The slide the site went back to on this page load, while its notice is showing; otherwise `null`. */
  resumedTo: Readonly<Ref<number | null>>
  /** Records that the site went back to slide `no` (shows the notice). */
  markResumed: (no: number) => void
  /** Hides the notice. */
  dismiss: () => void
}

const resumedTo = ref<number | null>(null)

export function useResume(): UseResumeReturn {
  return {
    resumedTo: readonly(resumedTo),
    markResumed: (no) => {
      resumedTo.value = no
    },
    dismiss: () => {
      resumedTo.value = null
    },
  }
}
