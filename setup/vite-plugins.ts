/**
 * Slidev's setup for extra Vite plugins (it passes the resolved options: which deck, which mode, and its
 * own parse of the deck). Adds the deck's curriculum as a virtual module, and the offline service worker
 * to `slidev build`; keeps Shiki's browser parts out of a deck without code (setup/vite/codeFreeBundle.ts);
 * builds with Vue's runtime-only build and preloads the first view's fonts (setup/vite/runtimeOnlyVue.ts,
 * setup/vite/preloadFirstFonts.ts); keeps the YAML parser and an unused `v-mark` out of the browser (setup/vite/yamlFreeClient.ts,
 * setup/vite/markFreeBundle.ts); with `KIT_BUNDLE_REPORT=1`, writes a bundle report of the build to
 * reports/bundle-<deck>.html and .json (setup/vite/bundleReport.ts).
 */
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Plugin, PluginOption } from 'vite'
import { basename, relative, resolve } from 'node:path'
import process from 'node:process'
import { defineVitePluginsSetup } from '@slidev/types'
import { VitePWA } from 'vite-plugin-pwa'
import { toClientCurriculum } from '../curriculum/clientCurriculum.ts'
import { readCurriculum } from '../curriculum/deckCurriculum.ts'
import { DECKS, PDF_DIR, SCORM_DIR } from '../curriculum/decks.ts'
import { readMasteryThreshold } from '../curriculum/masteryThreshold.ts'
import { EXERCISE_COMPONENTS } from '../exercises/registry.ts'
import { bundleReport } from './vite/bundleReport.ts'
import { codeFreeBundle, slidesShowCode } from './vite/codeFreeBundle.ts'
import { markFreeBundle, slidesUseMark } from './vite/markFreeBundle.ts'
import { preloadFirstFonts } from './vite/preloadFirstFonts.ts'
import { runtimeOnlyVue } from './vite/runtimeOnlyVue.ts'
import { yamlFreeClient } from './vite/yamlFreeClient.ts'

const CURRICULUM_ID = 'virtual:kit-curriculum'
const RESOLVED_CURRICULUM_ID = `\0${CURRICULUM_ID}`

/**
 * `virtual:kit-curriculum`: the curriculum of the deck being built or served, from Slidev's own parse
 * (`options.data`, which Slidev's loader keeps up to date on every edit), so there is one model of the
 * deck. Under `npm run dev` an edit of any of the deck's markdown files reloads it.
 */
export function kitCurriculum(options: ResolvedSlidevOptions): Plugin {
  const entry = relative(options.userRoot, options.entry).split('\\').join('/')
  const name = DECKS.find(deck => resolve(options.userRoot, deck.entry) === resolve(options.entry))?.name
    ?? basename(options.entry, '.md')
  const curriculum = () => toClientCurriculum({
    name,
    title: options.data.config.title,
    masteryThreshold: readMasteryThreshold(options.data.headmatter as Record<string, unknown>, entry),
    curriculum: readCurriculum({
      slides: options.data.slides,
      root: options.userRoot,
      exerciseComponents: EXERCISE_COMPONENTS,
    }),
  })
  return {
    name: 'kit-curriculum',
    resolveId: id => (id === CURRICULUM_ID
      ? RESOLVED_CURRICULUM_ID
      : undefined),
    load: id => (id === RESOLVED_CURRICULUM_ID
      ? `export default ${JSON.stringify(curriculum())}`
      : undefined),
    // Runs after Slidev's loader (an `enforce: 'pre'` plugin), which has already re-read the deck.
    handleHotUpdate(ctx) {
      if (!options.data.watchFiles[ctx.file])
        return
      const module = ctx.server.moduleGraph.getModuleById(RESOLVED_CURRICULUM_ID)
      if (!module)
        return
      ctx.server.moduleGraph.invalidateModule(module)
      return [...ctx.modules, module]
    },
  }
}

/** Other outputs inside dist/ (nested decks, PDFs, SCORM packages): never part of a deck's own site. */
const OTHER_OUTPUTS = [
  ...DECKS.map(deck => deck.outDir),
  PDF_DIR,
  SCORM_DIR,
]
  .map(path => relative('dist', path).split('\\').join('/'))
  .filter(path => path && !path.startsWith('..'))
  .map(path => `${path}/**`)

/**
 * Offline after the first visit: every built deck gets its own service worker (`sw.js` beside its
 * index.html, scope = that folder, so dist/ and dist/briefing/ never serve each other's files) that
 * precaches the whole site, fonts included. Not Slidev's `pwa` option: its worker falls back to
 * index.html for every navigation, so the workshop's worker at / would answer for /briefing/ too.
 * Hash routing means every page is index.html, so no navigation fallback is needed.
 * Only for `vite build`; `KIT_PWA=off` builds without a worker. The SCORM packages leave the worker's files
 * and tags out of the site as built (scripts/lib/scorm-package.ts): an LMS serves the package itself and a
 * worker must not outlive it.
 */
function kitOffline(title: string): PluginOption {
  return VitePWA({
    registerType: 'autoUpdate',
    // A plain <script defer src="./registerSW.js"> that registers ./sw.js with scope ./ on window load:
    // no virtual module. Slidev registers no worker of its own (its client does so only with the `pwa`
    // option, which the decks leave off).
    injectRegister: 'script-defer',
    // Relative, like the site: the worker and its scope are the folder the deck's index.html is in.
    base: './',
    scope: './',
    // The icon is already matched by globPatterns; the plugin adds manifest.webmanifest itself.
    includeManifestIcons: false,
    manifest: {
      // The deck's own title: the workshop and the briefing install as two apps.
      name: title,
      short_name: '群众工作能力',
      description: '面向机关干部和社区工作者的群众工作能力培训（可离线学习）',
      lang: 'zh-CN',
      dir: 'ltr',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#b91c1c',
      background_color: '#ffffff',
      icons: [
        {
          src: 'favicon.svg',
          sizes: 'any',
          type: 'image/svg+xml',
          purpose: 'any',
        },
      ],
    },
    // The worker is the kit's own small module (setup/offline/sw.ts: precache, skipWaiting, clientsClaim,
    // cleanupOutdatedCaches), bundled by Vite; the plugin then writes the precache list into it. Its `generateSW`
    // strategy bundled the same workbox modules with Rollup and Terser on every build: about 2.5 s of CPU a deck.
    strategies: 'injectManifest',
    srcDir: resolve(import.meta.dirname, 'offline'),
    // sw.ts is built to sw.js: the URL every installed copy of the site has registered.
    filename: 'sw.ts',
    injectManifest: {
      globPatterns: ['**/*.{js,css,html,woff2,svg,png,jpg,jpeg,webp,gif,ico}'],
      // 404.html is for static hosts (hash routing never navigates to it) and is written while the worker
      // is generated, so it is left out to keep the precache list the same from build to build.
      globIgnores: [...OTHER_OUTPUTS, '404.html'],
    },
  })
}

export default defineVitePluginsSetup((options) => {
  // Each slide's markdown, as Slidev parsed it and as written: what the stand-ins below look for.
  const slideSources = options.data.slides.map(slide => `${slide.content}\n${slide.source?.contentRaw ?? ''}`)
  const plugins: PluginOption[] = [
    kitCurriculum(options),
    codeFreeBundle(slidesShowCode(slideSources)),
    markFreeBundle(slidesUseMark(slideSources)),
    runtimeOnlyVue(),
    yamlFreeClient(),
    preloadFirstFonts(options.userRoot),
  ]
  if (options.mode === 'build' && process.env.KIT_PWA !== 'off')
    plugins.push(kitOffline(options.data.config.title))
  if (options.mode === 'build' && process.env.KIT_BUNDLE_REPORT === '1')
    plugins.push(...bundleReport(options.entry))
  return plugins
})
