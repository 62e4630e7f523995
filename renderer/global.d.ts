import type { ExaminatorBridge } from '../shared/contract';

declare global {
  interface Window {
    /** Set by the preload (Electron) or the loopback bridge script (browser mode). */
    readonly examinator?: ExaminatorBridge;
  }
}

export {};
