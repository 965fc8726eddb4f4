// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '.tools/**', '**/dist/**', 'coverage/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'Buffer', 'URL', 'fetch', 'performance', 'setTimeout', 'clearTimeout'].map((name) => [
          name,
          'readonly',
        ]),
      ),
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Code reads the typed config object, never the environment (packages/config is the one exception).
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through @woo/config.' },
      ],
    },
  },
  {
    // The web app runs in the browser: its globals, and .tsx files.
    files: ['services/web/**/*.{ts,tsx}'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'window',
          'document',
          'navigator',
          'localStorage',
          'history',
          'location',
          'Intl',
          'Headers',
          'Response',
          'Request',
          'URLSearchParams',
          'HTMLElement',
          'HTMLInputElement',
          'HTMLHeadingElement',
          'HTMLDivElement',
          'Event',
          'KeyboardEvent',
          'MouseEvent',
          'React',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    files: [
      'packages/config/**',
      'scripts/**',
      'infra/**',
      '**/*.test.ts',
      'test/**',
      'bench/**',
      'packages/db/src/testing/**',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
);
