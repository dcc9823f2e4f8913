/**
 * Whether a presenter view drives this window: Slidev's shared navigation state (state/shared.ts, the same sync
 * that makes the audience window follow the presenter) was moved from the presenter view. That window is then the
 * room's screen (a projector), not a learner's, and the self-study controls stay off it. It stays true for the
 * life of the window, so the screen does not change when the trainer clicks on it once. In a window alone (a
 * self-learner) it never becomes true.
 */
import type { Ref } from 'vue'
import { sharedState } from '@slidev/client/state/shared.ts'
import { ref, watchEffect } from 'vue'

export function usePresenterDrives(): Readonly<Ref<boolean>> {
  const drives = ref(false)
  watchEffect(() => {
    if (sharedState.lastUpdate?.type === 'presenter')
      drives.value = true
  })
  return drives
}
