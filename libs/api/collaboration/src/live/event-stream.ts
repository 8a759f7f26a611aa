/**
 * A push-to-pull queue: the hub pushes, graphql-ws pulls with `for await`. When the consumer
 * stops (the client unsubscribes or disconnects), `return()` runs `onClose` once.
 */
export class EventStream<T> implements AsyncIterableIterator<T> {
  private readonly queued: T[] = [];
  private waiting?: (result: IteratorResult<T>) => void;
  private closed = false;

  constructor(private readonly onClose: () => void) {}

  get length(): number {
    return this.queued.length;
  }

  push(value: T): void {
    if (this.closed) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value, done: false });
    } else {
      this.queued.push(value);
    }
  }

  /** Drops what is queued and not yet taken (a consumer too far behind gets a fresh start). */
  clear(): void {
    this.queued.length = 0;
  }

  next(): Promise<IteratorResult<T>> {
    const value = this.queued.shift();
    if (value !== undefined) return Promise.resolve({ value, done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** Ends the stream after what is queued has been taken. */
  end(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: undefined, done: true });
    }
  }

  return(): Promise<IteratorResult<T>> {
    this.queued.length = 0;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
