import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardData } from '../site/cards.ts';
import type { Done, Job } from './render-worker.ts';

interface Pending {
  job: Job;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Cards drawn on every core: one worker thread per core, each loading the renderer once and
 * drawing one card at a time. Threads start when the first card is queued.
 */
export class RenderPool {
  readonly size: number;
  readonly #idle: Worker[] = [];
  readonly #workers: Worker[] = [];
  readonly #queue: Pending[] = [];
  readonly #running = new Map<Worker, Pending>();
  #referenced = true;

  constructor(size = availableParallelism()) {
    this.size = Math.max(1, size);
  }

  /** Draws the card into `file` (written atomically). */
  render(card: CardData, file: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ job: { card, file }, resolve, reject });
      if (this.#workers.length < this.size && this.#idle.length === 0) this.#spawn();
      this.#dispatch();
    });
  }

  /**
   * Whether the threads keep the process alive. Unreferenced, they draw in the background
   * without holding up a build that fails elsewhere.
   */
  ref(referenced: boolean): void {
    this.#referenced = referenced;
    for (const worker of this.#workers) {
      if (referenced) worker.ref();
      else worker.unref();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
    this.#workers.length = 0;
    this.#idle.length = 0;
  }

  #spawn(): void {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url));
    if (!this.#referenced) worker.unref();
    worker.on('message', ({ error }: Done) => {
      const pending = this.#running.get(worker);
      this.#running.delete(worker);
      if (error) pending?.reject(new Error(`preview card ${pending.job.file}: ${error}`));
      else pending?.resolve();
      this.#idle.push(worker);
      this.#dispatch();
    });
    // A thread that dies takes its card and the queue with it: the build fails, and says why.
    worker.on('error', (error) => {
      this.#running.get(worker)?.reject(error);
      this.#running.delete(worker);
      for (const pending of this.#queue.splice(0)) pending.reject(error);
    });
    this.#workers.push(worker);
    this.#idle.push(worker);
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop();
      const pending = this.#queue.shift();
      if (!worker || !pending) return;
      this.#running.set(worker, pending);
      worker.postMessage(pending.job);
    }
  }
}
