import { defineConfig } from 'vitest/config';
import { importAliases } from './scripts/import-aliases';

export default defineConfig({
  resolve: { alias: importAliases() },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/renderer/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    allowOnly: false,
  },
});
