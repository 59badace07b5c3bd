export interface Command {
  name: string;
  help: string;
  /** Resolves to the exit code; throws for errors (the caller prints them as one line). */
  run(argv: string[]): Promise<number>;
}
