/**
 * Line numbers of a byte stream as it passes: the stream's chunks go through
 * `see`, and `lineAt(offset)` says which line a byte offset is on. csv-parse's
 * own `info.lines` is off by one after a quoted field holding CRLF line ends,
 * and counts the line a record ends on, not the one the next starts on.
 * Offsets asked for must not decrease; memory holds only the newlines not yet passed.
 */
export class NewlineCounter {
  private pending: number[] = [];
  private head = 0;
  private passed = 0;
  private offset = 0;

  see(chunk: Uint8Array): void {
    for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) this.pending.push(this.offset + i);
    this.offset += chunk.length;
  }

  /** 1-based line number of the byte at `offset`. */
  lineAt(offset: number): number {
    while (this.head < this.pending.length && this.pending[this.head]! < offset) {
      this.head++;
      this.passed++;
    }
    if (this.head > 1024) {
      this.pending = this.pending.slice(this.head);
      this.head = 0;
    }
    return this.passed + 1;
  }
}
