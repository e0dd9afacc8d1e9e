/** The web app: built from web/ into dist/web, served by web/server. bench.html drives the layout benchmark. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// FENGONG_STANDALONE=1 builds the app alone as one script and one stylesheet, which
// `npm run export:html` inlines into a single offline page.
const standalone = process.env.FENGONG_STANDALONE === '1';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  // The offline page has no server to load a worker from: its plan reader is inlined (see
  // web/src/data/plan-worker.ts); the served app loads it as a file of its own, on demand.
  define: { __FENGONG_STANDALONE__: JSON.stringify(standalone) },
  build: {
    outDir: standalone ? '../dist/standalone' : '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    cssCodeSplit: !standalone,
    rollupOptions: standalone
      ? { input: fileURLToPath(new URL('./web/index.html', import.meta.url)), output: { codeSplitting: false } }
      : {
          input: {
            app: fileURLToPath(new URL('./web/index.html', import.meta.url)),
            bench: fileURLToPath(new URL('./web/bench.html', import.meta.url)),
          },
        },
  },
});
