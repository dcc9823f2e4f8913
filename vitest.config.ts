import { globSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

const INCLUDE = ['**/*.test.ts']
const EXCLUDE = ['node_modules/**', 'dist/**', '.build/**']

/**
 * Tests that draw components (they declare `@vitest-environment happy-dom`) or mock modules (`vi.mock`) each get
 * a fresh module graph: the exercise stores and the room are module singletons, and a mock must not leak into
 * another file. The others, pure functions and scripts, share one module graph per worker, which cuts the unit
 * step by a quarter (importing is most of its time).
 */
const ISOLATED = globSync(INCLUDE, { exclude: EXCLUDE })
  .filter(file => /@vitest-environment happy-dom|vi\.(?:do)?mock\(/.test(readFileSync(file, 'utf8')))

export default defineConfig({
  plugins: [
    vue(),
  ],
  test: {
    environment: 'node',
    reporters: [
      'default',
      [
        'json',
        { outputFile: 'reports/vitest.json' },
      ],
    ],
    testTimeout: 10_000,
    // One worker per core, at least two (Vitest's default leaves a core free: on the 2-core test machines that
    // is one worker, and the unit step took a third longer).
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ISOLATED,
          exclude: EXCLUDE,
          isolate: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'shared',
          include: INCLUDE,
          exclude: [
            ...EXCLUDE,
            ...ISOLATED,
          ],
          isolate: false,
        },
      },
    ],
  },
})
