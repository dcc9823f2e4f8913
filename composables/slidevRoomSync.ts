/**
 * The one place the kit reaches into Slidev's internals: the room state (composables/useRoom.ts) rides
 * on the sync Slidev uses for its own navigation and drawings (`createSyncState`, state/syncState.ts):
 * - the built site: a BroadcastChannel between the windows of the deck in one browser
 *   (presenter, audience, overview);
 * - `slidev` dev: the server state `server-reactive:kitRoom` of `vite-plugin-vue-server-ref`, which
 *   Slidev serves (its default is set in vite.config.ts, `slidev.serverRef.state`), so a second device
 *   follows too.
 * The virtual module's name is ROOM_SERVER_KEY (composables/roomServerKey.ts).
 * composables/slidevRoomSync.test.ts fails loudly when a Slidev upgrade moves either of them.
 */
import type { RoomState, RoomSync } from './useRoom.ts'
import { createSyncState } from '@slidev/client/state/syncState.ts'
// @ts-expect-error virtual module, served by Slidev's server-ref plugin (vite-plugin-vue-server-ref)
import serverRoom from 'server-reactive:kitRoom'
import { emptyRoomState } from './useRoom.ts'

/** The room of the deck titled `deckTitle` (one channel per deck: the workshop and the briefing never mix). */
export function slidevRoomSync(deckTitle: string): RoomSync {
  const { init, onPatch, patch, state } = createSyncState<RoomState>(serverRoom as RoomState, emptyRoomState())
  init(`${deckTitle} - kit room`)
  return {
    state,
    patch,
    onRemote: onPatch,
  }
}
