import type { Plugin } from 'vite'
import { defineConfig } from 'vite'
import { ROOM_SERVER_KEY } from './composables/roomServerKey.ts'
import { emptyRoomState } from './composables/useRoom.ts'
import { buildCurriculumModule } from './scripts/lib/curriculum-module.ts'

const VIRTUAL_ID = 'virtual:kit-curriculum'

/** Serves the decks' curriculum (modules, slides, exercises per slide) to the handout pages. */
function kitCurriculum(): Plugin {
  return {
    name: 'kit-curriculum',
    resolveId: id => (id === VIRTUAL_ID
      ? `\0${VIRTUAL_ID}`
      : undefined),
    async load(id) {
      if (id !== `\0${VIRTUAL_ID}`)
        return undefined
      return `export default ${JSON.stringify(await buildCurriculumModule())}`
    },
    handleHotUpdate({ file, server }) {
      if (file.endsWith('.md')) {
        const module = server.moduleGraph.getModuleById(`\0${VIRTUAL_ID}`)
        if (module)
          server.moduleGraph.invalidateModule(module)
      }
    },
  }
}

// The offline service worker is added in setup/vite-plugins.ts, where Slidev tells which deck is built.
export default defineConfig({
  plugins: [
    kitCurriculum(),
  ],
  slidev: {
    // The room state every window of the deck shares (composables/slidevRoomSync.ts): its starting value
    // under `slidev` dev (the server holds it) and in the build (each window starts with it).
    serverRef: {
      state: {
        [ROOM_SERVER_KEY]: emptyRoomState(),
      },
    },
  },
})
