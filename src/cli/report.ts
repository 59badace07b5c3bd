// Everything the CLI says besides its result goes to stderr: warnings always,
// progress only when stderr is a terminal (so logs and pipes stay clean).

/** A progress line is on screen and must be cleared before anything else is written. */
let lineShown = false;

function say(text: string): void {
  process.stderr.write(`${lineShown ? '\r\x1b[K' : ''}${text}\n`);
  lineShown = false;
}

export function warn(message: string): void {
  say(`newsgraph: warning: ${message}`);
}

export function info(message: string): void {
  say(`newsgraph: ${message}`);
}

export interface Progress {
  /** Redraws the progress line (at most ten times a second; terminal only). */
  update(line: () => string): void;
  /** Clears the progress line and prints a final summary line (terminal only). */
  done(summary: string): void;
}

export function progress(tty = process.stderr.isTTY === true): Progress {
  let last = 0;
  return {
    update(line) {
      const now = Date.now();
      if (!tty || now - last < 100) return;
      last = now;
      process.stderr.write(`\r\x1b[K${line().slice(0, (process.stderr.columns || 80) - 1)}`);
      lineShown = true;
    },
    done(summary) {
      if (tty) say(summary);
    },
  };
}
