import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

// The real consumers the round-trip tests hand exports to. A missing tool fails the test with
// the package that provides it: CI installs them, and a skipped check would hide a regression.

export function requireCommand(command: string, debianPackage: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  if (found.status !== 0 || !found.stdout.trim()) {
    throw new Error(`${command} is not installed; install it with: apt-get install -y ${debianPackage}`);
  }
  return found.stdout.trim();
}

/**
 * The first python3 that imports `module`: the one on PATH, pyenv's (the machine's python3,
 * with networkx 3.6), then Debian's /usr/bin/python3 (where python3-geojson installs).
 */
export function requirePython(module: string, hint: string): string {
  for (const python of ['python3', join(homedir(), '.pyenv', 'shims', 'python3'), '/usr/bin/python3']) {
    const r = spawnSync(python, ['-c', `import ${module}`], { encoding: 'utf8' });
    if (r.status === 0) return python;
  }
  throw new Error(`no python3 here imports ${module}; ${hint}`);
}

/** Runs a Python script with the export file's path as argv[1]; returns what it printed as JSON. */
export function runPython(python: string, script: string, file: string): unknown {
  const out = execFileSync(python, ['-c', script, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out);
}

export function writeTemp(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-export-'));
  const file = join(dir, name);
  writeFileSync(file, content, 'utf8');
  return file;
}

/** Runs `fn` the first time it is asked for, then hands back the same result. */
export function once<T>(fn: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = fn();
      done = true;
    }
    return value;
  };
}
