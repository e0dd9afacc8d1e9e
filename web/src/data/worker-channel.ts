/**
 * A request/answer channel to a module worker that is started on first use. Each request
 * carries an id its answer repeats, so answers may come in any order. Where no worker can
 * run (the offline page, which has no server to load one from, or a runtime without
 * Worker) or the worker's script failed to load, `started()` is null and callers do the
 * work in the page instead; requests waiting on a worker that failed are rejected.
 */
declare const __FENGONG_STANDALONE__: boolean;

type Answer = { id: number; ok: true } | { id: number; ok: false; message: string };

export interface WorkerChannel<Request extends { id: number }, Reply extends Answer> {
  /** The running worker, started now if need be; null where none can run. */
  started(): Worker | null;
  /** Sends the request (its id filled in) and resolves with the worker's successful answer. */
  ask(target: Worker, request: Omit<Request, 'id'>): Promise<Extract<Reply, { ok: true }>>;
}

/**
 * `start` must call `new Worker(new URL('./x.ts', import.meta.url), …)` itself: the bundler
 * finds a worker's script only in that literal form, at the call site. `name` says which
 * worker failed to start.
 */
export function workerChannel<Request extends { id: number }, Reply extends Answer>(start: () => Worker, name: string): WorkerChannel<Request, Reply> {
  type Success = Extract<Reply, { ok: true }>;
  let worker: Worker | null = null;
  let broken = false;
  let next = 0;
  const pending = new Map<number, { resolve: (answer: Success) => void; reject: (error: Error) => void }>();

  function started(): Worker | null {
    const standalone = typeof __FENGONG_STANDALONE__ !== 'undefined' && __FENGONG_STANDALONE__;
    if (worker || broken || standalone || typeof Worker === 'undefined') return worker;
    worker = start();
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (!waiting) return;
      if (reply.ok) waiting.resolve(reply as Success);
      else waiting.reject(new Error(reply.message));
    };
    // A worker whose script does not load answers nothing: what it was asked is done by the caller.
    worker.onerror = () => {
      broken = true;
      worker?.terminate();
      worker = null;
      for (const waiting of pending.values()) waiting.reject(new Error(`the ${name} worker did not start`));
      pending.clear();
    };
    return worker;
  }

  function ask(target: Worker, request: Omit<Request, 'id'>): Promise<Success> {
    const id = next++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      target.postMessage({ ...request, id });
    });
  }

  return { started, ask };
}
