import { fileURLToPath } from 'node:url'
import IconsResolver from 'unplugin-icons/resolver'
import { defineConfig } from 'vite'
import { ROOM_SERVER_KEY } from './composables/roomServerKey.ts'
import { emptyRoomState } from './composables/useRoom.ts'
import { exerciseViewResolver } from './setup/exerciseViewResolver.ts'

// The kit's own Vite plugins (the deck's curriculum, the offline service worker) are added in
// setup/vite-plugins.ts, where Slidev tells which deck is built and hands over its parse of it.
export default defineConfig({
  build: {
    // The sizes are measured by `npm run bench`; gzipping every file again only to print its size costs CPU.
    reportCompressedSize: false,
  },
  slidev: {
    components: {
      // Exercise views live in their type's folder (exercises/types/<type>/); Slidev's own icon resolver
      // (icons by name, no prefix) is kept after it.
      resolvers: [
        exerciseViewResolver(fileURLToPath(new URL('./exercises/types', import.meta.url))),
        IconsResolver({ prefix: '', customCollections: [] }),
      ],
    },
    // The room state every window of the deck shares (composables/slidevRoomSync.ts): its starting value
    // under `slidev` dev (the server holds it) and in the build (each window starts with it).
    serverRef: {
      state: {
        [ROOM_SERVER_KEY]: emptyRoomState(),
      },
    },
  },
})
