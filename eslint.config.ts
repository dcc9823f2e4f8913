import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  // Slides and prose are checked by their own tools; lint the code.
  markdown: false,
  ignores: [
    'dist/**',
    '.build/**',
    'reports/**',
    'test-results/**',
    'playwright-report/**',
    '.test-deck-*.md',
    'components.d.ts',
  ],
})
