/**
 * The offline worker of a built deck (setup/vite-plugins.ts builds it with vite-plugin-pwa's `injectManifest`):
 * it precaches every file of the deck's own site, listed at build time in `self.__WB_MANIFEST`, and answers from
 * that cache. A new build takes over at once (skipWaiting, clientsClaim) and deletes the caches of older workbox
 * versions. No navigation fallback: with hash routing every page is index.html, which is precached.
 * Workbox's own modules, bundled by Vite into one small sw.js (no second bundler, no workbox-*.js beside it).
 */
import type { PrecacheEntry } from 'workbox-precaching'
import { clientsClaim } from 'workbox-core'
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching'

// Only what this file uses of the worker's global scope (the DOM types the rest of the kit compiles with
// describe a window, not a worker).
declare const self: {
  __WB_MANIFEST: (PrecacheEntry | string)[]
  skipWaiting: () => Promise<void>
}

void self.skipWaiting()
clientsClaim()
precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()
