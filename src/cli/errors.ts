import { NewsgraphError, errorMessage } from '../core/errors.js';

/** The command line itself is wrong: unknown flag, missing argument. */
export class UsageError extends NewsgraphError {
  constructor(message: string) {
    super('USAGE', message);
  }
}

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** 2 for what the user can fix in the command or its input, 1 for everything else. */
export function exitCodeOf(err: unknown): number {
  if (err instanceof NewsgraphError && (err.code === 'USAGE' || err.code === 'BAD_USER_INPUT')) return EXIT.usage;
  return EXIT.failure;
}

/** One line, whatever the error: multi-line messages are joined, stacks are left out. */
export function oneLine(err: unknown): string {
  const text = errorMessage(err).replace(/\s*\n\s*/g, ' ').trim();
  return text || 'unknown error';
}
