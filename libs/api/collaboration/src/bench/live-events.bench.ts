import { subscribe, Subscribed, useTestDatabase } from '@oogo/api-core/testing';
import { activityInput, createItem } from '@oogo/api-planning/testing';
import type { Client as WebSocketClient } from 'graphql-ws';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { useCollaborationWorld } from '../testing/collaboration-world';

// One editor changes a plan that N others have open; we time from the editor's acknowledged
// mutation to the moment the last of the others has the event. The baseline, in the same
// run: a bare PostgreSQL NOTIFY from one connection to one LISTENing connection, the floor
// any api built on LISTEN/NOTIFY stands on. Clients run in this process, sharing its CPU
// with the api: the figures are on the pessimistic side.

const CHANGES = Number(process.env['BENCH_LIVE_CHANGES'] ?? 100);

const database = useTestDatabase();

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

async function bareNotifyLatencies(count: number): Promise<number[]> {
  const listener = new Client({ connectionString: database.url });
  const sender = new Client({ connectionString: database.url });
  await Promise.all([listener.connect(), sender.connect()]);
  await listener.query('LISTEN bench');
  const times: number[] = [];
  try {
    for (let n = 0; n < count; n++) {
      const heard = new Promise<number>((resolve) =>
        listener.once('notification', () => resolve(performance.now())),
      );
      const start = performance.now();
      await sender.query("SELECT pg_notify('bench', $1)", [String(n)]);
      times.push((await heard) - start);
    }
  } finally {
    await Promise.all([listener.end(), sender.end()]);
  }
  return times;
}

describe('live events to a room of subscribers', () => {
  // The coordinator who started the plan is the editor.
  const world = useCollaborationWorld(database, {
    env: { NODE_ENV: 'production' },
    people: { watcher: 'VIEWER' },
  });

  async function room(clients: number): Promise<{
    sockets: WebSocketClient[];
    feeds: Subscribed<{ planEvents: { entityId: string } }>[];
  }> {
    const { data } = await world.coordinator.graphql<{ plan: { eventSequence: number } }>(
      'query ($id: ID!) { plan(id: $id) { eventSequence } }',
      { id: world.plan.id },
    );
    const sockets = Array.from({ length: clients }, () => world.socketFor(world.watcher));
    const feeds = sockets.map((socket) =>
      subscribe<{ planEvents: { entityId: string } }>(
        socket,
        'subscription ($planId: ID!, $after: Int) { planEvents(planId: $planId, afterSequence: $after) { sequence entityId } }',
        { planId: world.plan.id, after: data?.plan.eventSequence },
      ),
    );
    // Everyone is in once a first change reaches all of them (replayed if it came first).
    await createItem(world.coordinator.graphql, 'Activity', activityInput(world.plan.id));
    await Promise.all(feeds.map((feed) => feed.waitFor(1, 30_000)));
    return { sockets, feeds };
  }

  async function measure(clients: number): Promise<number[]> {
    const { sockets, feeds } = await room(clients);
    const times: number[] = [];
    try {
      for (let change = 0; change < CHANGES; change++) {
        const expected = feeds.map((feed) => feed.received.length + 1);
        const arrivals = feeds.map((feed, n) =>
          feed.waitFor(expected[n] as number, 30_000).then(() => performance.now()),
        );
        await createItem(world.coordinator.graphql, 'Activity', activityInput(world.plan.id));
        const acknowledged = performance.now();
        const last = Math.max(...(await Promise.all(arrivals)));
        times.push(Math.max(0, last - acknowledged));
      }
    } finally {
      feeds.forEach((feed) => feed.unsubscribe());
      await Promise.all(sockets.map((socket) => socket.dispose()));
    }
    return times;
  }

  it.each([50, 200])('delivers each change to %i subscribers', async (clients) => {
    const baseline = summary(await bareNotifyLatencies(CHANGES));
    const live = summary(await measure(clients));

    const ratio = (a: number, b: number) => (a / b).toFixed(1);
    console.log(
      [
        `live events, ${clients} subscribers, ${CHANGES} changes (ms, acknowledged → received by all):`,
        `  api:          p50 ${live.p50.toFixed(1)}  p95 ${live.p95.toFixed(1)}`,
        `  bare NOTIFY:  p50 ${baseline.p50.toFixed(2)}  p95 ${baseline.p95.toFixed(2)}`,
        `  ratio api / bare NOTIFY: p50 ${ratio(live.p50, baseline.p50)}×, p95 ${ratio(live.p95, baseline.p95)}×`,
        `  target p95 ≤ 50 ms: ${live.p95 <= 50 ? 'met' : 'NOT met'}`,
      ].join('\n'),
    );
    expect(live.p95).toBeGreaterThanOrEqual(0);
  });
});
