// A few named errors. `code` doubles as the GraphQL `extensions.code` and tells
// the CLI which exit status to use.

export class NewsgraphError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The user's input is wrong: empty, binary, malformed, too large. */
export class InputError extends NewsgraphError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

export class NotFoundError extends NewsgraphError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

/** Stored data cannot be read back (corrupt journal or snapshot). */
export class DataError extends NewsgraphError {
  constructor(message: string) {
    super('DATA_ERROR', message);
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
