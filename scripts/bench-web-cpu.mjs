// CPU time (user + system) used so far by the chromium processes this process started,
// read from /proc (Linux): a measure of the page's work that other load on the machine
// does not inflate the way it inflates wall time.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export function chromiumCpuMs(root = process.pid) {
  const parent = new Map();
  const own = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(pid, fields[1]);
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('chromium')) own.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended meanwhile.
    }
  }
  const descends = (pid) => {
    for (let p = parent.get(pid); p && p !== '0'; p = parent.get(p)) if (p === String(root)) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, t] of own) if (descends(pid)) ticks += t;
  return (ticks * 1000) / TICKS_PER_SECOND;
}
