// ESLint: typescript-eslint's recommended rules on the code and the tests. Formatting is Prettier's (npm run format).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const SIZE = {
  file: { max: 400, skipBlankLines: true, skipComments: true },
  function: { max: 60, skipBlankLines: true, skipComments: true },
};
/** The folders of src/ that keep to SIZE throughout. */
const SIZED = ['annotate', 'explain', 'search', 'answers', 'render', 'text', 'corpus', 'stories', 'state', 'feeds', 'ops', 'config', 'ingest', 'process'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench-results/', '.cache/', 'data/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        fetch: 'readonly',
        Response: 'readonly',
        structuredClone: 'readonly',
        queueMicrotask: 'readonly',
      },
    },
    rules: {
      // `_name` marks a value kept on purpose (a destructured field left out, a callback's unused argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // The test server and a few adapters handle JSON of shapes Discord and libraries define; `any` is named there.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  // Size: no file over about 400 lines, no function over about 60 (blank lines and comments not counted).
  // An error where the code keeps to it, a warning where it does not yet (npx eslint . lists them).
  {
    files: ['src/**/*.ts', 'commands/**/*.ts'],
    rules: { 'max-lines': ['warn', SIZE.file], 'max-lines-per-function': ['warn', SIZE.function] },
  },
  {
    files: SIZED.map((folder) => `src/${folder}/**/*.ts`),
    rules: { 'max-lines': ['error', SIZE.file], 'max-lines-per-function': ['error', SIZE.function] },
  },
);
