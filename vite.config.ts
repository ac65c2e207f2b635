import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { importAliases } from './scripts/import-aliases';

// The renderer is loaded through app:// in Electron and at '/' by the browser host: relative asset URLs serve both.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  resolve: { alias: importAliases() },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Loaded from disk, never over a network; the areas are split (lazy) so the first screen parses less.
    chunkSizeWarningLimit: 1500,
  },
});
