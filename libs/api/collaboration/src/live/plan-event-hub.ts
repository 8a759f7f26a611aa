import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { lastPlanEventSequence, NotFoundError, PLAN_EVENT_CHANNEL } from '@oogo/api-core';
import { DataSource } from 'typeorm';
import { EventStream } from './event-stream';
import { MEMBERSHIP_ENTITY, membersAmong, noLongerAMember } from './membership-check';
import { PgListener } from './pg-listener';
import { PlanEvent, PlanEventKind } from './plan-event.model';

/** Further behind than this, a reconnecting client refetches instead of replaying. */
export const MAX_REPLAY = 1000;
/** A subscriber that has not taken this many events is too slow: it gets a RESYNC instead. */
const MAX_QUEUED = 2000;
const BATCH = 500;
/** Events are kept this long for replay; older ones are pruned. */
export const EVENT_RETENTION_DAYS = 7;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

interface Subscriber {
  /** Who subscribed: they get events only while they take part in the plan. */
  userId: string;
  /** The last sequence this subscriber has been given. */
  cursor: number;
  stream: EventStream<PlanEvent>;
}

interface PlanFeed {
  subscribers: Set<Subscriber>;
  /** Deliveries for one plan run one after another, so every subscriber gets events in order. */
  chain: Promise<void>;
}

interface EventRow {
  sequence: string;
  entity: string;
  entityId: string;
  action: string;
  changedFields: string[];
  item: Record<string, unknown> | null;
  occurredAt: Date;
  userId: string | null;
  displayName: string | null;
  organizationId: string | null;
  organizationName: string | null;
}

const resync = (planId: string, sequence: number): PlanEvent => ({
  planId,
  sequence,
  kind: PlanEventKind.RESYNC,
  entity: null,
  entityId: null,
  action: null,
  changedFields: [],
  item: null,
  actor: null,
  occurredAt: null,
});

/**
 * Delivers committed plan events to this instance's subscribers. One LISTEN connection hears
 * every instance's commits; the events themselves are read from the outbox table, so a
 * subscriber gets each one once, in order, whether live or replayed after a reconnect.
 */
@Injectable()
export class PlanEventHub implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PlanEvents');
  private readonly feeds = new Map<string, PlanFeed>();
  private readonly membershipListeners = new Set<(planId: string) => void>();
  private pruneTimer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly listener: PgListener,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listener.listen(
      PLAN_EVENT_CHANNEL,
      (payload) => {
        const [planId = '', , entity] = payload.split(':');
        this.pump(planId);
        if (entity === MEMBERSHIP_ENTITY) this.membershipListeners.forEach((tell) => tell(planId));
      },
      // Whatever was committed while not listening is in the outbox: catch up.
      () => [...this.feeds.keys()].forEach((planId) => this.pump(planId)),
    );
    this.pruneTimer = setInterval(() => void this.prune(), PRUNE_EVERY_MS).unref();
    void this.prune();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.pruneTimer);
    for (const feed of this.feeds.values()) {
      for (const subscriber of feed.subscribers) subscriber.stream.end();
    }
  }

  /**
   * Calls `listener` with the plan's id whenever, on any api instance, someone's membership
   * of a plan changed (e.g. to end that person's other live streams).
   */
  onMembershipChange(listener: (planId: string) => void): void {
    this.membershipListeners.add(listener);
  }

  /**
   * Events of a plan from after `afterSequence` (replayed from the outbox), then live. Without
   * `afterSequence`, only what happens from now on. For as long as `userId` takes part in the
   * plan: taken out, their stream ends with FORBIDDEN after the event that did it.
   */
  async subscribe(
    planId: string,
    userId: string,
    afterSequence?: number | null,
  ): Promise<EventStream<PlanEvent>> {
    const latest = await lastPlanEventSequence(this.dataSource, planId);
    // Taken out since the access check: the event of it is not after `latest`, so look now.
    if (!(await membersAmong(this.dataSource, planId, [userId])).has(userId)) {
      throw new NotFoundError('Plan', planId);
    }
    let feed = this.feeds.get(planId);
    if (!feed) {
      feed = { subscribers: new Set(), chain: Promise.resolve() };
      this.feeds.set(planId, feed);
    }
    const subscriber: Subscriber = {
      userId,
      cursor: latest,
      stream: new EventStream<PlanEvent>(() => this.leave(planId, subscriber)),
    };
    if (afterSequence !== undefined && afterSequence !== null) {
      if (afterSequence > latest || latest - afterSequence > MAX_REPLAY) {
        subscriber.stream.push(resync(planId, latest));
      } else {
        subscriber.cursor = afterSequence;
      }
    }
    feed.subscribers.add(subscriber);
    this.pump(planId);
    return subscriber.stream;
  }

  /** How many streams this instance serves (for health and tests). */
  get subscriberCount(): number {
    let count = 0;
    for (const feed of this.feeds.values()) count += feed.subscribers.size;
    return count;
  }

  private leave(planId: string, subscriber: Subscriber): void {
    const feed = this.feeds.get(planId);
    feed?.subscribers.delete(subscriber);
    if (feed && feed.subscribers.size === 0) this.feeds.delete(planId);
  }

  private pump(planId: string): void {
    const feed = this.feeds.get(planId);
    if (!feed) return;
    feed.chain = feed.chain
      .then(() => this.deliver(planId, feed))
      .catch((error: Error) => this.logger.error(`Delivering events failed: ${error.message}`));
  }

  private async deliver(planId: string, feed: PlanFeed): Promise<void> {
    for (;;) {
      if (feed.subscribers.size === 0) return;
      const from = Math.min(...[...feed.subscribers].map((subscriber) => subscriber.cursor));
      const rows = (await this.dataSource.query(
        `SELECT e.sequence, e.entity, e.entity_id AS "entityId", e.action,
                e.changed_fields AS "changedFields", e.item, e.occurred_at AS "occurredAt",
                e.user_id AS "userId", u.display_name AS "displayName",
                e.organization_id AS "organizationId", o.name AS "organizationName"
           FROM plan_event e
           LEFT JOIN app_user u ON u.id = e.user_id
           LEFT JOIN organization o ON o.id = e.organization_id
          WHERE e.plan_id = $1 AND e.sequence > $2
          ORDER BY e.sequence LIMIT $3`,
        [planId, from, BATCH],
      )) as EventRow[];
      if (rows.length === 0) return;
      const events = rows.map((row) => this.toEvent(planId, row));
      // Who takes part may change on the way: everyone gets the events up to and including a
      // change of membership, then only those still members get more.
      let start = 0;
      for (const [index, event] of events.entries()) {
        if (event.entity !== MEMBERSHIP_ENTITY) continue;
        this.giveAll(feed, events.slice(start, index + 1));
        await this.dropFormerMembers(planId, feed);
        start = index + 1;
      }
      this.giveAll(feed, events.slice(start));
      const last = events.at(-1) as PlanEvent;
      if (last.entity === 'Plan' && last.action === 'DELETE') {
        for (const subscriber of feed.subscribers) subscriber.stream.end();
        return;
      }
      if (rows.length < BATCH) return;
    }
  }

  private giveAll(feed: PlanFeed, events: PlanEvent[]): void {
    if (events.length === 0) return;
    for (const subscriber of feed.subscribers) this.give(subscriber, events);
  }

  /** Ends the streams of those who no longer take part in the plan. */
  private async dropFormerMembers(planId: string, feed: PlanFeed): Promise<void> {
    const subscribers = [...feed.subscribers];
    const members = await membersAmong(
      this.dataSource,
      planId,
      subscribers.map((subscriber) => subscriber.userId),
    );
    for (const subscriber of subscribers) {
      if (!members.has(subscriber.userId)) subscriber.stream.fail(noLongerAMember(planId));
    }
  }

  private give(subscriber: Subscriber, events: PlanEvent[]): void {
    const pending = events.filter((event) => event.sequence > subscriber.cursor);
    if (pending.length === 0) return;
    const first = pending[0] as PlanEvent;
    // Pruned from the outbox before this subscriber caught up: it must refetch.
    if (first.sequence > subscriber.cursor + 1) {
      subscriber.stream.push(resync(first.planId, first.sequence - 1));
    }
    for (const event of pending) subscriber.stream.push(event);
    subscriber.cursor = (pending.at(-1) as PlanEvent).sequence;
    if (subscriber.stream.length > MAX_QUEUED) {
      subscriber.stream.clear();
      subscriber.stream.push(resync(first.planId, subscriber.cursor));
    }
  }

  private toEvent(planId: string, row: EventRow): PlanEvent {
    return {
      planId,
      sequence: Number(row.sequence),
      kind: PlanEventKind.CHANGE,
      entity: row.entity,
      entityId: row.entityId,
      action: row.action,
      changedFields: row.changedFields,
      item: row.item,
      actor: row.userId
        ? {
            userId: row.userId,
            displayName: row.displayName ?? '',
            organizationId: row.organizationId,
            organizationName: row.organizationName,
          }
        : null,
      occurredAt: row.occurredAt,
    };
  }

  private async prune(): Promise<void> {
    await this.dataSource
      .query(`DELETE FROM plan_event WHERE occurred_at < now() - make_interval(days => $1)`, [
        EVENT_RETENTION_DAYS,
      ])
      .catch((error: Error) => this.logger.warn(`Pruning old events failed: ${error.message}`));
  }
}
