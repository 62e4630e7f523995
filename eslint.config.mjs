// Lint, including the architecture's boundaries: which runtime each folder may use.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const restrict = (paths, patterns, message) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: patterns.map((group) => ({ group: [group], message })),
    },
  ],
});

export const boundaries = {
  shared: restrict(
    [...nodeBuiltins, 'electron', 'react', 'react-dom', 'better-sqlite3', 'pdfkit', 'zustand'],
    ['react-dom/*', 'node:*', '**/electron/**', '**/renderer/**'],
    'shared/ is pure TypeScript: no Node, DOM, React or Electron imports.',
  ),
  renderer: restrict(
    [...nodeBuiltins, 'electron', 'better-sqlite3', 'pdfkit'],
    ['node:*', '**/electron/**'],
    'renderer/ runs in the sandboxed page: no Node or Electron; talk to the core through renderer/api.ts.',
  ),
  core: restrict(
    ['electron', 'react', 'react-dom', 'zustand'],
    ['**/shell/**', '**/renderer/**'],
    'Only electron/shell/ may import electron; the core, CLI and browser mode run in plain Node.',
  ),
  bridge: restrict(
    [...nodeBuiltins, 'electron'],
    ['node:*', '**/core/**', '**/renderer/**'],
    'The browser bridge runs in the page: no Node, no Electron, no core.',
  ),
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.cache/**', 'coverage/**', 'bench/results.json', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...boundaries.shared,
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...boundaries.renderer, ...reactHooks.configs.recommended.rules, 'no-restricted-globals': ['error', 'process', 'require', 'Buffer'] },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/shell/**', 'electron/browser/bridge-client.ts'],
    languageOptions: { globals: globals.node },
    rules: boundaries.core,
  },
  {
    files: ['electron/browser/bridge-client.ts'],
    languageOptions: { globals: globals.browser },
    rules: boundaries.bridge,
  },
  {
    files: ['electron/shell/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,ts}', 'bin/**/*.js', '*.config.{ts,mjs,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
