import type { ComputedRef } from 'vue'
import { useNav } from '@slidev/client'
import { computed } from 'vue'
import { withStartTimes } from '../curriculum/schedule.ts'

/** One module (episode) of the deck, read from the frontmatter of its opening slide. */
export interface ModuleInfo {
  /** Module number from the `module` frontmatter key; `null` for a break. */
  number: number | null
  title: string
  /** Planned minutes, teaching and exercises included. */
  minutes: number
  /** 1-based slide number of the module's opening slide. */
  slideNo: number
  /** Minutes from the start of the session to the module's start. */
  startsAt: number
}

/** Modules and breaks of the current deck in slide order, with running start times (never typed by hand). */
export function useModules(): ComputedRef<ModuleInfo[]> {
  const { slides } = useNav()
  return computed(() => withStartTimes(slides.value.flatMap((route) => {
    const frontmatter = route.meta.slide?.frontmatter ?? {}
    const isBreak = frontmatter.break === true
    if (frontmatter.module === undefined && !isBreak)
      return []
    return [
      {
        number: isBreak
          ? null
          : Number(frontmatter.module),
        title: String(frontmatter.title ?? ''),
        minutes: Number(frontmatter.minutes ?? 0),
        slideNo: route.no,
      },
    ]
  })))
}
