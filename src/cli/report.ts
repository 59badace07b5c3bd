// Everything the CLI says besides its result goes to stderr: warnings always,
// progress only when stderr is a terminal (so logs and pipes stay clean).

export function warn(message: string): void {
  process.stderr.write(`newsgraph: warning: ${message}\n`);
}

export function info(message: string): void {
  process.stderr.write(`newsgraph: ${message}\n`);
}

export interface Progress {
  update(line: string): void;
  /** Clears the progress line and prints a final summary line (terminal only). */
  done(summary: string): void;
}

export function progress(): Progress {
  const tty = process.stderr.isTTY === true;
  let last = 0;
  return {
    update(line) {
      const now = Date.now();
      if (!tty || now - last < 100) return;
      last = now;
      process.stderr.write(`\r\x1b[K${line.slice(0, (process.stderr.columns || 80) - 1)}`);
    },
    done(summary) {
      if (tty) process.stderr.write(`\r\x1b[K${summary}\n`);
    },
  };
}
