import { NewsgraphError } from '../core/errors.js';

/** A document took longer than the per-document time limit; its worker was replaced. */
export class ExtractionTimeout extends NewsgraphError {
  constructor(message: string) {
    super('EXTRACTION_TIMEOUT', message);
  }
}

/** The extractor threw on a document, or its worker died while on it. */
export class ExtractionFailed extends NewsgraphError {
  constructor(message: string) {
    super('EXTRACTION_FAILED', message);
  }
}

/** The pool cannot work at all (a worker failed to start, or the pool was closed). */
export class PoolError extends NewsgraphError {
  constructor(message: string) {
    super('POOL_ERROR', message);
  }
}
