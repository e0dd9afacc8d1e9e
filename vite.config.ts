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
    // In KB. What passes 2 MB is loaded only when a user opens a plan file: pdf.js's own
    // worker (~2.3 MB) and the plan reader with Word, Excel, PDF and traditional-Chinese
    // support (~2.2 MB). The offline page is one script by design (~3.6 MB). A warning then
    // means something new has grown, not these.
    chunkSizeWarningLimit: standalone ? 4500 : 2600,
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
