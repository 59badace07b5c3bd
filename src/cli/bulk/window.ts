/**
 * At most `size` batches in flight: enough to keep every worker busy while
 * the next batch is read, few enough that memory stays flat however large the
 * input. The first failure is kept and thrown by `room` or `drain`.
 */
export class Window {
  private readonly inflight: Promise<void>[] = [];
  private failure: { error: unknown } | undefined;

  constructor(private readonly size: number) {}

  add(work: Promise<void>): void {
    this.inflight.push(
      work.catch((error: unknown) => {
        this.failure ??= { error };
      }),
    );
  }

  /** Waits until fewer than `size` batches are in flight. */
  async room(): Promise<void> {
    while (this.inflight.length >= this.size) await this.inflight.shift();
    this.check();
  }

  async drain(): Promise<void> {
    await Promise.all(this.inflight.splice(0));
    this.check();
  }

  private check(): void {
    if (this.failure) throw this.failure.error;
  }
}
