import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [
    vue(),
  ],
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    environment: 'node',
    reporters: [
      'default',
      [
        'json',
        { outputFile: 'reports/vitest.json' },
      ],
    ],
    testTimeout: 10_000,
  },
})
