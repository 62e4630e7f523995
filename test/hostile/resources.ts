/**
 * What a piece of work costs the process: its peak resident memory (Linux's
 * high-water mark, reset before the work, so worker threads and ArrayBuffers
 * count too) and the longest the event loop was held (what a user of the app
 * or of browser mode would feel as a frozen window or server).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface ResourceUse<T> {
  readonly result: T;
  readonly peakRssMb: number;
  readonly maxLoopDelayMs: number;
  readonly elapsedMs: number;
}

function highWaterMarkMb(): number {
  const line = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  if (!line) throw new Error('no VmHWM in /proc/self/status');
  return Number(line[1]) / 1024;
}

export async function measured<T>(work: () => Promise<T>): Promise<ResourceUse<T>> {
  // "5" resets the peak RSS to the current RSS (proc(5), clear_refs).
  writeFileSync('/proc/self/clear_refs', '5');
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const started = performance.now();
  try {
    const result = await work();
    return { result, peakRssMb: highWaterMarkMb(), maxLoopDelayMs: loop.max / 1e6, elapsedMs: performance.now() - started };
  } finally {
    loop.disable();
  }
}
