import { defineConfig } from 'vite'

// The kit's own Vite plugins (the deck's curriculum, the offline service worker) are added in
// setup/vite-plugins.ts, where Slidev tells which deck is built and hands over its parse of it.
export default defineConfig({})
