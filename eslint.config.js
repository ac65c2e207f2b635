// Lint rules, including the one-way imports of DESIGN.md §4:
// renderer -> shared; main/core -> shared; main/electron -> core -> shared; server -> shared.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const forbid = (groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'stream', 'worker_threads'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'release/', 'test-results/', 'playwright-report/', '.tmp/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: forbid([
      [['**/src-main/**', '**/src-main'], 'The renderer talks to the main process only through the RPC contract in src-shared.'],
      [['**/src-server/**'], 'The renderer never imports the hub server.'],
      [['electron', ...NODE_BUILTINS], 'The renderer runs sandboxed: no Electron or Node modules.'],
    ]),
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: forbid([
      [['**/src-main/**', '**/src-renderer/**', '**/src-server/**'], 'src-shared imports nothing of ours.'],
      [['electron', ...NODE_BUILTINS], 'src-shared is pure TypeScript: no Node, DOM or Electron.'],
    ]),
  },
  {
    files: ['src-main/core/**/*.{ts,tsx}'],
    rules: forbid([
      [['electron', 'electron/*', '**/src-main/electron/**', '**/electron/*'], 'Core runs in plain Node and never imports Electron.'],
      [['**/src-renderer/**', '**/src-server/**'], 'Core imports only src-shared.'],
    ]),
  },
  {
    files: ['src-main/electron/**/*.ts'],
    rules: forbid([[['**/src-renderer/**', '**/src-server/**'], 'The Electron shell imports core and shared only.']]),
  },
  {
    files: ['src-server/**/*.ts'],
    rules: forbid([[['**/src-main/**', '**/src-renderer/**', 'electron'], 'The hub imports src-shared only.']]),
  },
);
