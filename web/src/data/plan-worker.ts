/**
 * The Web Worker that reads plan files in the page. The served app loads its script as a file
 * of its own when a file is first opened; the offline page, a single file with no server
 * behind it, carries the script inlined. The choice is made when the app is built.
 */
declare const __FENGONG_STANDALONE__: boolean;

export async function planWorker(): Promise<Worker> {
  if (__FENGONG_STANDALONE__) {
    const { default: InlineWorker } = await import('./plan-file-worker?worker&inline');
    return new InlineWorker();
  }
  return new Worker(new URL('./plan-file-worker.ts', import.meta.url), { type: 'module' });
}
