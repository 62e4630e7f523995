// Lint, including the architecture's boundaries: which runtime each folder may use.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

// `patterns` entries are gitignore-style globs or `{ regex }` objects.
const restrict = (paths, patterns, message) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({ name, message })),
      patterns: patterns.map((pattern) =>
        typeof pattern === 'string' ? { group: [pattern], message } : { ...pattern, message },
      ),
    },
  ],
});

// A folder and everything in it: `../core` (its index) as well as `../core/dispatch`.
const folder = (name) => [`**/${name}`, `**/${name}/**`];

// `electron` is banned by name and `electron/*` (electron/main, electron/renderer, …) by pattern.
// Imports that no-restricted-imports does not see: `import('…')` and `require('…')`
// (esquery regexes cannot hold a `/`, hence \x2F).
const dynamicElectron = (message) => [
  { selector: 'ImportExpression[source.value=/^electron($|\\x2F)/]', message },
  { selector: 'ImportExpression[source.type="TemplateLiteral"][source.quasis.0.value.raw=/^electron($|\\x2F)/]', message },
  { selector: 'CallExpression[callee.name="require"][arguments.0.value=/^electron($|\\x2F)/]', message },
];

const messages = {
  shared: 'shared/ is pure TypeScript: no Node, DOM, React or Electron, and no npm package but zod.',
  renderer: 'renderer/ runs in the sandboxed page: no Node or Electron; talk to the core through renderer/api.ts.',
  core: 'Only electron/shell/ may import electron; the core, CLI and browser mode run in plain Node.',
  bridge: 'The browser bridge runs in the page: no Node, no Electron, no core.',
  preload: 'The preload runs sandboxed: electron and shared/ only; no Node, no core, no renderer.',
  components:
    'Components do not call the core: put the call in a store, a hook or the feature\'s requests.ts, and show a failure with reportFailure (app/notice-store.ts).',
};

const rendererImports = restrict([...nodeBuiltins, 'electron', 'better-sqlite3', 'pdfkit'], ['electron/*', 'node:*', ...folder('electron')], messages.renderer);
const [level, rendererOptions] = rendererImports['@typescript-eslint/no-restricted-imports'];

// The order of the core's features (electron/core/): a file may import from its own step and the
// steps before it, never from a later one, so each feature's arrows point down and none comes back.
// Besides the features named in issue 18 (db < packages < documents < rounds < assessments <
// exchange < consensus < reports < demo): the plain utilities (zip/, canonical JSON, paths,
// effects, …) sit below everything; store/context/settings/dispatch belong with db/ (they hold
// only the database and the envelope); drafts/ (the office's authoring drafts) needs only the
// store; evaluation/ (the office's evaluation of a round) prints through reports/; authoring/ prints through reports/; app/ (info, backups) imports rounds/;
// create-core.ts wires every feature; demo/ drives whole cores; index.ts is the public face.
// A new folder must be placed here to lint.
const coreFeatureOrder = [
  ['zip', 'canonical-json.ts', 'effects.ts', 'files.ts', 'paths.ts', 'resources.ts', 'safe-file-name.ts', 'save-to-folder.ts', 'secrets-file.ts', 'version.ts'],
  ['db', 'store.ts', 'context.ts', 'settings.ts', 'dispatch.ts'],
  ['drafts'],
  ['packages'],
  ['documents'],
  ['rounds'],
  ['assessments'],
  ['exchange'],
  ['consensus'],
  ['jury'],
  ['reports'],
  ['evaluation'],
  ['calibration'],
  ['authoring'],
  ['app'],
  ['create-core.ts'],
  ['demo'],
  ['index.ts'],
];

const coreDir = resolve(dirname(fileURLToPath(import.meta.url)), 'electron/core');
const cliDir = resolve(coreDir, '../cli');

/** The step of a path inside electron/core/ (-1 when unplaced), named by its first segment. */
function coreStep(path) {
  const name = relative(coreDir, path).split(sep)[0] || 'index.ts';
  // `../paths` names paths.ts; a folder is named as it is.
  return { name, step: coreFeatureOrder.findIndex((step) => step.includes(name) || step.includes(`${name}.ts`)) };
}

const inside = (dir, path) => path === dir || path.startsWith(dir + sep);

const featureOrderRule = {
  meta: { type: 'problem', schema: [], docs: { description: "The core's features import only down their order; the CLI only the core's public face." } },
  create(context) {
    const file = resolve(context.filename);
    const fromCore = inside(coreDir, file);
    if (!fromCore && !inside(cliDir, file)) return {};
    const own = fromCore ? coreStep(file) : null;
    if (own && own.step === -1) {
      return { Program: (node) => context.report({ node, message: `electron/core/${own.name} has no place in the core's feature order: add it to coreFeatureOrder in eslint.config.mjs.` }) };
    }
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = resolve(dirname(file), source);
      if (!inside(coreDir, target)) return;
      const { name, step } = coreStep(target);
      if (!own) {
        if (target !== coreDir && target !== resolve(coreDir, 'index')) {
          context.report({ node, message: `The CLI uses the core only through its public face (electron/core/index.ts), not ${source}.` });
        }
        return;
      }
      if (step > own.step) {
        context.report({
          node,
          message: `electron/core/${own.name} comes before ${name} in the core's feature order and may not import it (${source}): move the shared piece down, or hand it in from create-core.ts.`,
        });
      }
    };
    const sourceOf = (node) => (node.source?.type === 'Literal' ? node.source.value : node.source?.quasis?.length === 1 ? node.source.quasis[0].value.cooked : undefined);
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, sourceOf(node)),
      TSImportEqualsDeclaration: (node) => node.moduleReference.type === 'TSExternalModuleReference' && check(node, node.moduleReference.expression.value),
      'CallExpression[callee.name="require"]': (node) => check(node, node.arguments[0]?.value),
    };
  },
};

export const boundaries = {
  shared: {
    ...restrict(
      [...nodeBuiltins, 'electron', 'react', 'react-dom', 'better-sqlite3', 'pdfkit', 'zustand', 'mammoth'],
      [
        'electron/*',
        'react-dom/*',
        'node:*',
        ...folder('electron'),
        ...folder('renderer'),
        // Every bare specifier except zod: react/jsx-runtime, mammoth, pdfjs-dist/…, @scope/…
        { regex: '^(?!\\.{1,2}/|zod(/|$))' },
      ],
      messages.shared,
    ),
    'no-restricted-syntax': [
      'error',
      ...dynamicElectron(messages.shared),
      { selector: 'ImportExpression:not([source.value=/^\\.{1,2}\\x2F/])', message: messages.shared },
      { selector: 'CallExpression[callee.name="require"]', message: messages.shared },
    ],
    'no-restricted-globals': [
      'error',
      ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'self'],
      ...['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global'],
    ],
  },
  renderer: {
    ...rendererImports,
    'no-restricted-syntax': ['error', ...dynamicElectron(messages.renderer)],
  },
  // React components (.tsx) reach the core only through stores, hooks and requests modules.
  components: {
    '@typescript-eslint/no-restricted-imports': [
      level,
      { ...rendererOptions, patterns: [...rendererOptions.patterns, { group: ['**/api'], importNames: ['call', 'request'], message: messages.components }] },
    ],
  },
  core: {
    ...restrict(['electron', 'react', 'react-dom', 'zustand'], ['electron/*', ...folder('shell'), ...folder('renderer')], messages.core),
    'no-restricted-syntax': ['error', ...dynamicElectron(messages.core)],
  },
  bridge: {
    ...restrict([...nodeBuiltins, 'electron'], ['electron/*', 'node:*', ...folder('core'), ...folder('renderer')], messages.bridge),
    'no-restricted-syntax': ['error', ...dynamicElectron(messages.bridge)],
  },
  preload: restrict([...nodeBuiltins], ['node:*', ...folder('core'), ...folder('renderer')], messages.preload),
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
    rules: boundaries.shared,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...boundaries.renderer, ...reactHooks.configs.recommended.rules, 'no-restricted-globals': ['error', 'process', 'require', 'Buffer'] },
  },
  {
    files: ['renderer/**/*.tsx'],
    rules: boundaries.components,
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/shell/**', 'electron/browser/bridge-client.ts'],
    languageOptions: { globals: globals.node },
    rules: boundaries.core,
  },
  {
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts'],
    plugins: { examinator: { rules: { 'feature-order': featureOrderRule } } },
    rules: { 'examinator/feature-order': 'error' },
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
    files: ['electron/shell/preload.ts', 'electron/shell/preload-bridge.ts'],
    rules: boundaries.preload,
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,cjs,ts}', 'bin/**/*.js', '*.config.{ts,mjs,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
