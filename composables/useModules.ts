import type { ComputedRef } from 'vue'
import { useNav } from '@slidev/client'
import { computed } from 'vue'

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

/** Modules of the current deck in slide order, with running start times (never typed by hand). */
export function useModules(): ComputedRef<ModuleInfo[]> {
  const { slides } = useNav()
  return computed(() => {
    let elapsed = 0
    const modules: ModuleInfo[] = []
    for (const route of slides.value) {
      const frontmatter = route.meta.slide?.frontmatter ?? {}
      if (frontmatter.module === undefined)
        continue
      const minutes = Number(frontmatter.minutes ?? 0)
      modules.push({
        number: Number(frontmatter.module),
        title: String(frontmatter.title ?? ''),
        minutes,
        slideNo: route.no,
        startsAt: elapsed,
      })
      elapsed += minutes
    }
    return modules
  })
}

/** `75` → `1:15`. */
export function formatMinutes(total: number): string {
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`
}
