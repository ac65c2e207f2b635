import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is loaded through app:// in Electron and at '/' by the browser host: relative asset URLs serve both.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Loaded from disk, never over a network: one bundle is fine.
    chunkSizeWarningLimit: 1500,
  },
});
