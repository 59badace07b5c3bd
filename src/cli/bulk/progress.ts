// The progress line and the closing summary of a bulk ingest, as pure
// functions of the counts, so they can be tested without a terminal.

export interface ProgressState {
  /** Documents read so far, the input bytes they took, and whether the inputs are exhausted. */
  read: number;
  readBytes: number;
  readAll: boolean;
  /** Bytes of all inputs, when known ahead (not for standard input). */
  totalBytes?: number;
  /** Documents finished, whatever became of them, and their input bytes. */
  doneBytes: number;
  added: number;
  duplicates: number;
  skipped: number;
  failed: number;
  entities: number;
  relations: number;
  elapsedMs: number;
}

export function doneCount(s: ProgressState): number {
  return s.added + s.duplicates + s.skipped + s.failed;
}

/** `1,234/~7,600 documents · 410/s · 0.21 MB/s · 3,210 entities · 812 relations · 2 failed · 0:15 left` */
export function formatProgress(s: ProgressState): string {
  const done = doneCount(s);
  const seconds = s.elapsedMs / 1000;
  const parts = [
    `${n(done)}/${totalLabel(s)} documents`,
    `${seconds > 0 ? n(Math.round(done / seconds)) : 0}/s`,
    `${mb(s.doneBytes, seconds)} MB/s`,
    `${n(s.entities)} entities`,
    `${n(s.relations)} relations`,
  ];
  if (s.failed > 0) parts.push(`${n(s.failed)} failed`);
  const left = secondsLeft(s);
  if (left !== undefined) parts.push(`${clock(left)} left`);
  return `newsgraph: ${parts.join(' · ')}`;
}

/** `7,600 documents in 12.3 s (618/s, 0.15 MB/s): 7,540 added, 0 already there, 3 skipped, 2 failed; 12,345 entities, 3,456 relations` */
export function formatSummary(s: ProgressState, interrupted = false): string {
  const done = doneCount(s);
  const seconds = s.elapsedMs / 1000;
  const rate = seconds > 0 ? `${n(Math.round(done / seconds))}/s, ${mb(s.doneBytes, seconds)} MB/s` : '';
  return (
    `newsgraph: ${interrupted ? 'interrupted after ' : ''}${n(done)} documents in ${seconds.toFixed(1)} s${rate ? ` (${rate})` : ''}: ` +
    `${n(s.added)} added, ${n(s.duplicates)} already there, ${n(s.skipped)} skipped, ${n(s.failed)} failed; ` +
    `${n(s.entities)} entities, ${n(s.relations)} relations`
  );
}

/** Exact once every input is read; before that, extrapolated from the bytes read (`~`), or `?`. */
function totalLabel(s: ProgressState): string {
  if (s.readAll) return n(s.read);
  if (s.totalBytes && s.readBytes > 0) return `~${n(Math.max(s.read, Math.round((s.read * s.totalBytes) / s.readBytes)))}`;
  return '?';
}

/** Time left at the rate so far, by bytes when the total is known, else by documents once all are read. */
export function secondsLeft(s: ProgressState): number | undefined {
  const seconds = s.elapsedMs / 1000;
  if (seconds <= 0) return undefined;
  if (s.totalBytes !== undefined && s.doneBytes > 0) return Math.max(0, (s.totalBytes - s.doneBytes) / (s.doneBytes / seconds));
  const done = doneCount(s);
  if (s.readAll && done > 0) return Math.max(0, (s.read - done) / (done / seconds));
  return undefined;
}

function n(value: number): string {
  return value.toLocaleString('en-US');
}

function mb(bytes: number, seconds: number): string {
  return seconds > 0 ? (bytes / 1e6 / seconds).toFixed(2) : '0.00';
}

/** 75 -> "1:15", 3725 -> "1:02:05". */
export function clock(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}
