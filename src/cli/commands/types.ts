export interface Command {
  name: string;
  /** One line for `newsgraph --help`. */
  summary: string;
  help: string;
  /** Resolves to the exit code; throws for errors (the caller prints them as one line). */
  run(argv: string[]): Promise<number>;
}
