import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    // The two classic rules; the newer compiler-oriented ones flag the ordinary load-on-mount pattern.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Only the Electron shell and preload may import electron.
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'] }] },
  },
  {
    // Core layering: a feature reaches another feature only through its index.ts facade, and never the entry
    // modules above the features (handler table, data folder opening). Repeats the electron ban: this block
    // replaces the rule's options for these files. tests/unit/coreLayers.test.ts checks the same, and cycles.
    files: ['electron/core/features/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron'],
          patterns: [
            {
              regex: '^\\.\\./[^./][^/]*/(?!index\\.ts$)',
              message: "Import another feature only through its index.ts ('../<feature>/index.ts').",
            },
            {
              regex: '(^|/)(handlerTable|dataFolder)\\.ts$',
              message: 'Features sit below the handler table and the entry modules; they must not import them.',
            },
          ],
        },
      ],
    },
  },
  {
    // The kit below the features (API kit, database, attachment store, files) never imports a feature.
    files: [
      'electron/core/api/**/*.ts',
      'electron/core/db/**/*.ts',
      'electron/core/attachments/**/*.ts',
      'electron/core/fs/**/*.ts',
      'electron/core/context.ts',
      'electron/core/errors.ts',
      'electron/core/paths.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron'],
          patterns: [
            {
              regex: '(^|/)(features/|handlerTable\\.ts$|dataFolder\\.ts$)',
              message: 'The core kit sits below the features: it must not import a feature or the handler table.',
            },
          ],
        },
      ],
    },
  },
  {
    // Shared code stays pure: no Node built-ins.
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['node:*', 'electron'] }] },
  },
);
