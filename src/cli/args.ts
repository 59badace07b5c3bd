import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** parseArgs with its errors turned into one-line UsageErrors that name the command. */
export function parseCommand(command: string, argv: string[], options: Options): Parsed {
  try {
    return parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true }) as Parsed;
  } catch (err) {
    const message = (err as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '');
    throw new UsageError(`${command}: ${message} (see newsgraph ${command} --help)`);
  }
}

/** A non-negative integer flag such as --port. */
export function intOption(command: string, flag: string, value: string | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) > max) throw new UsageError(`${command}: --${flag} must be a whole number from 0 to ${max}, not "${value}"`);
  return Number(value);
}

/** A string flag's value (parseArgs has already checked its type). */
export function stringOption(parsed: Parsed, flag: string): string | undefined {
  const value = parsed.values[flag];
  return typeof value === 'string' ? value : undefined;
}

/** Prints a command's help on stdout; exit code 0. */
export function help(text: string): number {
  process.stdout.write(`${text}\n`);
  return 0;
}
