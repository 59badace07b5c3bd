import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type { Document, Extraction } from '../core/types.js';
import type { TaskMessage, TaskResult, WorkerMessage, WorkerSetup } from './messages.js';

// One extraction worker. It loads the extractor and runs it once on a tiny
// document before saying "ready", so the model and gazetteer load is paid
// (and measured) up front, and the time limit counts extraction only.

type Extract = (doc: Document) => Extraction;

const port = parentPort!;
const setup = workerData as WorkerSetup;
const progress = new Int32Array(setup.progress);
const started = performance.now();
const cpu = process.cpuUsage();

const extract = await loadExtractor(setup.module);
extract({ id: 'warm-up', text: 'Warm up.', title: 'Warm up' });
const used = process.cpuUsage(cpu);
post({ type: 'ready', loadMs: performance.now() - started, loadCpuMs: (used.user + used.system) / 1000 });

port.on('message', ({ tasks }: TaskMessage) => {
  const results: TaskResult[] = [];
  for (const { seq, doc } of tasks) {
    try {
      results.push({ seq, extraction: extract(doc) });
    } catch (err) {
      results.push({ seq, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
    }
    Atomics.add(progress, 0, 1);
  }
  post({ type: 'results', results });
});

function post(message: WorkerMessage): void {
  port.postMessage(message);
}

async function loadExtractor(module: string | undefined): Promise<Extract> {
  if (!module) return (await import('../extraction/extract.js')).extract;
  const url = /^(file|data|node):/.test(module) ? module : pathToFileURL(module).href;
  const loaded = (await import(url)) as { extract?: unknown; default?: unknown };
  const fn = loaded.extract ?? loaded.default;
  if (typeof fn !== 'function') throw new Error(`extractor module ${module} exports no extract(doc) function`);
  return fn as Extract;
}
