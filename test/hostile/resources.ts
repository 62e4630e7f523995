/**
 * What a piece of work costs the process: its peak resident memory (Linux's
 * high-water mark, reset before the work, so worker threads and ArrayBuffers
 * count too) and the longest the event loop was held (what a user of the app
 * or of browser mode would feel as a frozen window or server).
 *
 * "Held" is measured by a timer probe every 10 ms: the lateness of a tick,
 * counted only as far as the event loop was busy in it (event-loop
 * utilisation) and only as far as its thread ran on a CPU meanwhile (Linux's
 * schedstat). So work that holds the loop counts in full, while a machine too
 * loaded to schedule the thread (2 cores shared by parallel test files) is
 * not mistaken for it; the raw lateness is reported beside it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

export interface ResourceUse<T> {
  readonly result: T;
  readonly peakRssMb: number;
  /** The longest stretch the event loop was busy and could not run a due timer. */
  readonly maxBlockedMs: number;
  /** The latest a timer ran, busy or not. */
  readonly maxLatenessMs: number;
  readonly elapsedMs: number;
}

const PROBE_MS = 10;

/** Milliseconds the process's main thread has run on a CPU (its thread id is the process id). */
function mainThreadCpuMs(): number {
  if (!isMainThread) throw new Error('the event-loop probe measures the main thread: run it there');
  return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
}

function loopProbe() {
  let last = performance.now();
  let cpu = mainThreadCpuMs();
  let utilisation = performance.eventLoopUtilization();
  let maxBlockedMs = 0;
  let maxLatenessMs = 0;
  const tick = () => {
    const now = performance.now();
    const busy = performance.eventLoopUtilization(utilisation).active;
    const ran = mainThreadCpuMs() - cpu;
    const lateness = Math.max(0, now - last - PROBE_MS);
    maxLatenessMs = Math.max(maxLatenessMs, lateness);
    maxBlockedMs = Math.max(maxBlockedMs, Math.min(lateness, busy, ran));
    last = now;
    cpu = mainThreadCpuMs();
    utilisation = performance.eventLoopUtilization();
  };
  const timer = setInterval(tick, PROBE_MS);
  return {
    stop: () => {
      tick();
      clearInterval(timer);
      return { maxBlockedMs, maxLatenessMs };
    },
  };
}

function highWaterMarkMb(): number {
  const line = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  if (!line) throw new Error('no VmHWM in /proc/self/status');
  return Number(line[1]) / 1024;
}

export async function measured<T>(work: () => Promise<T>): Promise<ResourceUse<T>> {
  // "5" resets the peak RSS to the current RSS (proc(5), clear_refs).
  writeFileSync('/proc/self/clear_refs', '5');
  const probe = loopProbe();
  const started = performance.now();
  let loop = { maxBlockedMs: 0, maxLatenessMs: 0 };
  try {
    const result = await work();
    loop = probe.stop();
    return { result, peakRssMb: highWaterMarkMb(), ...loop, elapsedMs: performance.now() - started };
  } finally {
    probe.stop();
  }
}
