import { Worker } from 'node:worker_threads';
import { FA2_ITERATE, NOVERLAP_ITERATE, runJob, type JobResult, type LayoutJob } from './engine.js';

// The worker runs from source (eval) rather than from a file, so that the same code works
// from the compiled dist/ and from the TypeScript sources under the test runner: it is
// `runJob` itself, turned back into source, with the libraries loaded by absolute path.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const runJob = (${runJob.toString()});
const result = runJob(workerData.job, require(workerData.fa2Path), require(workerData.noverlapPath));
parentPort.postMessage(result, [result.xy.buffer]);
`;

/** Runs a job on a worker thread; the job's buffers are moved there, not copied. */
export function runJobInWorker(job: LayoutJob): Promise<JobResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { job, fa2Path: FA2_ITERATE, noverlapPath: NOVERLAP_ITERATE },
      transferList: [job.nodes.buffer, job.edges.buffer, job.sizes.buffer, job.order.buffer, job.keep.buffer] as ArrayBuffer[],
    });
    let settled = false;
    worker.once('message', (result: JobResult) => {
      settled = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`layout worker stopped with exit code ${code} before answering`));
    });
  });
}
