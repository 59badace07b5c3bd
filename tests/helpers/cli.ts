import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { CLI } from './build.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (dist/cli/main.js) in a real process. */
export function runCli(args: string[], options: { cwd?: string; stdin?: string | Buffer; env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd, env: { ...process.env, NEWSGRAPH_DEBUG: '', ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => undefined); // the CLI may exit before reading all of it
    child.stdin.end(options.stdin ?? '');
  });
}

/** Starts `newsgraph serve ...` and resolves with its GraphQL URL once it says it is serving. */
export function startServer(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<{ child: ChildProcessWithoutNullStreams; url: string; stderr: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'serve', ...args], { cwd: options.cwd, env: { ...process.env, NEWSGRAPH_TOKEN: '', ...options.env } });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      const match = /serving (http:\/\/\S+)/.exec(stderr);
      if (match) resolve({ child, url: match[1]!, stderr: () => stderr });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`serve exited with ${code} before serving:\n${stderr}`)));
  });
}

/** Stops a child and waits for it to exit. */
export function stop(child: ChildProcessWithoutNullStreams, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}

/** POSTs a GraphQL query and returns the parsed body. */
export async function graphql(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: any; errors?: any[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: any; errors?: any[] };
}
