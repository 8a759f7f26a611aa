import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { BrowserSession, GraphqlError } from './test-api';

export interface WebSocketResult<T = unknown> {
  data?: T | null;
  errors?: GraphqlError[];
}

/**
 * A graphql-ws client to the api at `graphqlUrl`, like a browser tab's: its upgrade request
 * carries the cookies of `browser` (signed in or not).
 */
export function webSocketClient(graphqlUrl: string, browser?: BrowserSession): Client {
  const cookie = [...(browser?.cookies ?? new Map<string, string>())]
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
    }
  }
  return createClient({
    url: graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: CookieWebSocket,
    retryAttempts: 0,
  });
}

/** Runs a query or mutation over the socket; resolves with its one result (or its errors). */
export function overWebSocket<T = unknown>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Promise<WebSocketResult<T>> {
  return new Promise((resolve) => {
    let result: WebSocketResult<T> = {};
    client.subscribe(
      { query, variables },
      {
        next: (value) => (result = value as WebSocketResult<T>),
        error: (errors) => resolve({ errors: errors as GraphqlError[] }),
        complete: () => resolve(result),
      },
    );
  });
}

export interface Subscribed<T> {
  /** Every result received so far, in order. */
  received: WebSocketResult<T>[];
  /** Whether the server ended the subscription (or refused it). */
  readonly ended: boolean;
  /** Resolves once `count` results have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<WebSocketResult<T>[]>;
  /** Resolves when the server ends the subscription. */
  waitForEnd(timeoutMs?: number): Promise<void>;
  unsubscribe(): void;
}

/** Subscribes and collects what arrives, for tests to wait on. */
export function subscribe<T = unknown>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Subscribed<T> {
  const received: WebSocketResult<T>[] = [];
  const waiters = new Set<() => void>();
  let ended = false;
  const notify = () => waiters.forEach((check) => check());
  const unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (value) => {
        received.push(value as WebSocketResult<T>);
        notify();
      },
      error: (errors) => {
        received.push({ errors: (Array.isArray(errors) ? errors : [errors]) as GraphqlError[] });
        ended = true;
        notify();
      },
      complete: () => {
        ended = true;
        notify();
      },
    },
  );
  const until = (done: () => boolean, what: string, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!done()) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`Timed out waiting for ${what}; got ${JSON.stringify(received)}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  return {
    received,
    get ended() {
      return ended;
    },
    waitFor: async (count, timeoutMs = 5000) => {
      await until(() => received.length >= count, `${count} results`, timeoutMs);
      return received.slice(0, count);
    },
    waitForEnd: (timeoutMs = 5000) => until(() => ended, 'the end', timeoutMs),
    unsubscribe,
  };
}
