// Lint rules, including the one-way imports of DESIGN.md §4:
// renderer -> shared; main/core -> shared; main/electron -> core -> shared; server -> shared; the aliases
// @shared/, @core/, @renderer/, @server/ (tsconfig.base.json) are checked like the paths they stand for.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

const forbid = (groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});

// Another layer is reached through its alias; a relative path into it ('../../src-shared/…') is refused.
const RELATIVE_INTO_LAYERS = [
  [
    '**/src-shared',
    '**/src-shared/**',
    '**/src-main/core',
    '**/src-main/core/**',
    '**/src-renderer/**',
    '**/src-server/**',
  ],
  'Import another layer through its alias (@shared/…, @core/…, @renderer/…, @server/…), not a relative path.',
];

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'worker_threads',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'build/',
      'release/',
      'test-results/',
      'playwright-report/',
      '.tmp/',
      'bench-results/',
    ],
  },
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
    // Tests, scripts and configs reach the layers through the aliases too.
    files: ['**/*.{ts,tsx}'],
    rules: forbid([RELATIVE_INTO_LAYERS]),
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: forbid([
      [
        ['@core', '@core/*', '**/src-main/**', '**/src-main'],
        'The renderer talks to the main process only through the RPC contract in src-shared.',
      ],
      [['@server', '@server/*', '**/src-server/**'], 'The renderer never imports the hub server.'],
      [['electron', ...NODE_BUILTINS], 'The renderer runs sandboxed: no Electron or Node modules.'],
      RELATIVE_INTO_LAYERS,
    ]),
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: forbid([
      [
        [
          '@core',
          '@core/*',
          '@renderer',
          '@renderer/*',
          '@server',
          '@server/*',
          '**/src-main/**',
          '**/src-renderer/**',
          '**/src-server/**',
        ],
        'src-shared imports nothing of ours.',
      ],
      [['electron', ...NODE_BUILTINS], 'src-shared is pure TypeScript: no Node, DOM or Electron.'],
      RELATIVE_INTO_LAYERS,
    ]),
  },
  {
    files: ['src-main/core/**/*.{ts,tsx}'],
    rules: forbid([
      [
        ['electron', 'electron/*', '**/src-main/electron/**', '**/electron/*'],
        'Core runs in plain Node and never imports Electron.',
      ],
      [
        ['@renderer', '@renderer/*', '@server', '@server/*', '**/src-renderer/**', '**/src-server/**'],
        'Core imports only src-shared.',
      ],
      RELATIVE_INTO_LAYERS,
    ]),
  },
  {
    files: ['src-main/electron/**/*.ts'],
    rules: forbid([
      [
        ['@renderer', '@renderer/*', '@server', '@server/*', '**/src-renderer/**', '**/src-server/**'],
        'The Electron shell imports core and shared only.',
      ],
      [['../core', '../core/*', '../core/**'], 'The Electron shell reaches core through @core/….'],
      RELATIVE_INTO_LAYERS,
    ]),
  },
  {
    files: ['src-server/**/*.ts'],
    rules: forbid([
      [
        ['@core', '@core/*', '@renderer', '@renderer/*', '**/src-main/**', '**/src-renderer/**', 'electron'],
        'The hub imports src-shared only.',
      ],
      RELATIVE_INTO_LAYERS,
    ]),
  },
  // Last: turns off the stylistic rules Prettier owns.
  prettier,
);
