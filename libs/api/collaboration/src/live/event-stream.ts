/**
 * A push-to-pull queue: the hub pushes, graphql-ws pulls with `for await`. When the consumer
 * stops (the client unsubscribes or disconnects), `return()` runs `onClose` once.
 */
export class EventStream<T> implements AsyncIterableIterator<T> {
  private readonly queued: T[] = [];
  private waiting?: {
    resolve: (result: IteratorResult<T>) => void;
    reject: (error: Error) => void;
  };
  private closed = false;
  /** Why the stream ended, for its consumer once it has taken what was queued. */
  private failure?: Error;

  constructor(private readonly onClose: () => void) {}

  get length(): number {
    return this.queued.length;
  }

  push(value: T): void {
    if (this.closed) return;
    if (this.waiting) {
      const { resolve } = this.waiting;
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
    if (this.closed) return this.settled();
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  /** Ends the stream after what is queued has been taken. */
  end(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
    if (this.waiting) {
      const { resolve, reject } = this.waiting;
      this.waiting = undefined;
      void this.settled().then(resolve, reject);
    }
  }

  /**
   * Ends the stream with an error after what is queued has been taken, e.g. when the person
   * may no longer see it: graphql-ws sends the error (with its `extensions.code`) and stops.
   */
  fail(error: Error): void {
    if (this.closed) return;
    this.failure = error;
    this.end();
  }

  return(): Promise<IteratorResult<T>> {
    this.queued.length = 0;
    this.failure = undefined;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  /** The end, once the queue is empty: the failure once, then done. */
  private settled(): Promise<IteratorResult<T>> {
    const failure = this.failure;
    this.failure = undefined;
    return failure ? Promise.reject(failure) : Promise.resolve({ value: undefined, done: true });
  }
}
