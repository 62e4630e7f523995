/**
 * One place in a pool of document workers (node:worker_threads): a worker made
 * on first need, kept warm between documents, replaced after a crash (memory
 * cap reached) or when its caller gives up on it (time cap). The worker answers
 * `{ id, ok: true, result }` or `{ id, ok: false, name, message, code? }`.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { AppError, appError } from '../../../shared/errors';

type Reply<R> = { id: number; ok: true; result: R } | { id: number; ok: false; name: string; message: string; code?: string };

interface Job<R> {
  resolve(value: R): void;
  reject(error: Error): void;
}

/** A worker that cannot finish: it ran out of memory or exited ('WorkerCrash'), or took too long ('Timeout'). */
export const workerCrash = (error: Error) => Object.assign(error, { name: 'WorkerCrash' });
export const workerTimeout = () => Object.assign(new Error('timeout'), { name: 'Timeout' });

export class WorkerSlot<R> {
  private worker: Worker | undefined;
  private readonly jobs = new Map<number, Job<R>>();

  constructor(
    private readonly source: string,
    private readonly options: WorkerOptions,
  ) {}

  run(id: number, message: object, transfer: ArrayBuffer[]): Promise<R> {
    const worker = this.started();
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, ...message }, transfer);
    });
  }

  stop(error: Error): void {
    const current = this.worker;
    this.worker = undefined;
    this.failAll(error);
    void current?.terminate();
  }

  private failAll(error: Error): void {
    for (const [id, job] of this.jobs) {
      this.jobs.delete(id);
      job.reject(error);
    }
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const created = new Worker(this.source, { eval: true, ...this.options });
    created.on('message', (reply: Reply<R>) => {
      const job = this.jobs.get(reply.id);
      if (!job) return;
      this.jobs.delete(reply.id);
      if (reply.ok) job.resolve(reply.result);
      else if (reply.code) job.reject(new AppError(reply.code, reply.message));
      else job.reject(Object.assign(new Error(reply.message), { name: reply.name }));
      if (this.jobs.size === 0) created.unref();
    });
    const crashed = (error: Error) => {
      if (this.worker !== created) return;
      this.worker = undefined;
      this.failAll(workerCrash(error));
    };
    created.on('error', crashed);
    created.on('exit', (code) => crashed(new Error(`document worker exited with ${code}`)));
    created.unref();
    this.worker = created;
    return created;
  }
}

/** Runs `work` with a time cap; on timeout the slots are stopped (their workers terminated) and it rejects. */
export async function withTimeCap<T>(slots: readonly WorkerSlot<unknown>[], ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = workerTimeout();
      slots.forEach((slot) => slot.stop(error));
      reject(error);
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The Swedish refusal when a worker hit its memory or time cap; null for any other error. */
export function resourceRefusal(error: unknown, name: string): AppError | null {
  const kind = error instanceof Error ? error.name : '';
  if (kind === 'Timeout') {
    return appError('document-timeout', { name });
  }
  if (kind === 'WorkerCrash') {
    return appError('document-too-complex', { name });
  }
  return null;
}
