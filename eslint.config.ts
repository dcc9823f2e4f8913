import antfu from '@antfu/eslint-config'
import importX from 'eslint-plugin-import-x'

/**
 * The kit's layers, lowest first (docs/architecture.md). A folder may import only from folders below it;
 * `scripts/` and `tests/` stand outside and nothing imports them. This makes folder cycles impossible.
 */
const LAYERS: string[][] = [
  ['source', 'curriculum'],
  ['composables'],
  ['exercises'],
  ['record'],
  ['scorm'],
  [
    'components',
    'internals',
    'layouts',
    'summary',
    'handouts',
    'live',
    'reading',
  ],
  ['setup'],
]
const OUTSIDE = ['scripts', 'tests']

/** The few imports allowed between folders of one layer, one way only (pages draw shared components). */
const SIBLING_IMPORTS: Record<string, string[]> = {
  summary: ['components'],
  handouts: ['components'],
  reading: ['internals'],
}

/** For every folder: the folders it may not import from (higher layers, its own layer's other folders, outside). */
function layerZones(): { target: string, from: string[], message: string }[] {
  return LAYERS.flatMap((layer, index) => layer.map((folder) => {
    const higher = LAYERS.slice(index + 1).flat()
    const siblings = layer.filter(other => other !== folder && !SIBLING_IMPORTS[folder]?.includes(other))
    return {
      target: `./${folder}`,
      from: [
        ...higher,
        ...siblings,
        ...OUTSIDE,
      ].map(other => `./${other}`),
      message: `${folder}/ may import only from the layers below it (docs/architecture.md): move shared code down a layer instead.`,
    }
  }))
}

export default antfu(
  {
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
  },
  {
    name: 'kit/layers',
    files: ['**/*.ts', '**/*.vue'],
    ignores: ['**/*.test.ts'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: layerZones(),
        },
      ],
    },
  },
  {
    // The pure domain of the exercise engine (contract, schemas, kinds) knows nothing of Vue state or views.
    name: 'kit/exercise-domain',
    files: ['exercises/*.ts', 'exercises/types/*/kind.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './exercises',
              from: ['./exercises/runtime', './exercises/shell', './composables'],
              message: 'The exercise domain stays pure: no runtime state or views.',
            },
          ],
        },
      ],
    },
  },
)
