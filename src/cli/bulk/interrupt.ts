import { info } from '../report.js';

export interface Interrupt {
  /** Aborted by the first Ctrl-C (SIGINT). */
  signal: AbortSignal;
  /** Puts the default Ctrl-C back. */
  dispose(): void;
}

/**
 * Ctrl-C during a bulk ingest: the first one stops reading, lets the documents
 * already handed over finish (they are then on disk and acknowledged) and
 * closes the data directory; a second one exits at once, which loses nothing
 * acknowledged either (the journal is fsynced per batch), only the batch in hand.
 */
export function trapInterrupt(): Interrupt {
  const controller = new AbortController();
  const second = () => process.exit(130);
  const first = () => {
    process.off('SIGINT', first).once('SIGINT', second);
    info('interrupted: finishing the documents in progress (Ctrl-C again to quit at once)');
    controller.abort();
  };
  process.on('SIGINT', first);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', first).off('SIGINT', second);
    },
  };
}
