/** The web app: built from web/ into dist/web, served by web/server. bench.html drives the layout benchmark. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        app: fileURLToPath(new URL('./web/index.html', import.meta.url)),
        bench: fileURLToPath(new URL('./web/bench.html', import.meta.url)),
      },
    },
  },
});
