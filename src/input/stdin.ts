import { InputError } from '../core/errors.js';
import { decodeText } from './decode.js';
import { formatSize } from './size.js';

/** All of standard input as one text document, refused as soon as it passes the size limit. */
export async function readStdin(maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      process.stdin.destroy();
      throw new InputError(`<stdin>: input is over the ${formatSize(maxBytes)} document size limit (raise it with --max-doc-size)`);
    }
    chunks.push(chunk);
  }
  return decodeText(Buffer.concat(chunks), '<stdin>');
}
