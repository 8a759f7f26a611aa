import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, NotFoundError } from '@oogo/api-core';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EventStream } from '../live/event-stream';
import { membersAmong, noLongerAMember } from '../live/membership-check';
import { PgListener } from '../live/pg-listener';
import { PlanEventHub } from '../live/plan-event-hub';
import { PlanPresence, PresentPerson, UpdatePresenceInput } from './presence.model';

const PRESENCE_CHANNEL = 'plan_presence';
/** Clients say they are still there this often (the web does it every 20 s)… */
export const HEARTBEAT_SECONDS = 20;
/** …and are gone after missing this long: a sleeping laptop, a lost network. */
export const PRESENCE_EXPIRES_SECONDS = 60;
const SWEEP_EVERY_MS = 2000;
// Several changes close together (a room joining at once) go out as one update.
const GATHER_MS = 25;

interface Watcher {
  clientId: string;
  /** Who is there: they stay only while they take part in the plan. */
  userId: string;
  stream: EventStream<PlanPresence>;
}

/**
 * Who has a plan open, on which bouwsteen, item and field. Rows live in PostgreSQL so every
 * api instance sees everyone; a change is announced with NOTIFY and each instance sends the
 * plan's new list to its own watchers. Closing the subscription (or the socket) leaves at
 * once; missing heartbeats leave after {@link PRESENCE_EXPIRES_SECONDS}. Someone taken out of
 * the plan leaves too: their subscription ends with FORBIDDEN.
 */
@Injectable()
export class PresenceHub implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Presence');
  private readonly watchers = new Map<string, Set<Watcher>>();
  private readonly gathering = new Map<string, NodeJS.Timeout>();
  private sweepTimer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly listener: PgListener,
    private readonly planEvents: PlanEventHub,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.planEvents.onMembershipChange((planId) => this.dropFormerMembers(planId));
    await this.listener.listen(
      PRESENCE_CHANNEL,
      (planId) => this.scheduleBroadcast(planId),
      () =>
        [...this.watchers.keys()].forEach((planId) => {
          this.scheduleBroadcast(planId);
          // A change of membership may have been announced while not listening.
          this.dropFormerMembers(planId);
        }),
    );
    this.sweepTimer = setInterval(() => void this.sweep(), SWEEP_EVERY_MS).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.sweepTimer);
    this.gathering.forEach((timer) => clearTimeout(timer));
    for (const watchers of this.watchers.values()) {
      for (const watcher of watchers) watcher.stream.end();
    }
  }

  /** Enters the plan as a new client and streams who is there, starting with the list now. */
  async enter(planId: string, actor: Actor): Promise<EventStream<PlanPresence>> {
    const watcher: Watcher = {
      clientId: randomUUID(),
      userId: actor.userId,
      stream: new EventStream<PlanPresence>(() => void this.leave(planId, watcher)),
    };
    // Watching before entering, so the announcement of this very entry is not missed.
    let watchers = this.watchers.get(planId);
    if (!watchers) this.watchers.set(planId, (watchers = new Set()));
    watchers.add(watcher);
    // Only as a member: taken out since the access check, the announcement of it may be missed.
    const entered = (await this.dataSource.query(
      `INSERT INTO plan_presence (client_id, plan_id, user_id, organization_id)
       SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM membership WHERE plan_id = $2 AND user_id = $3)
       RETURNING client_id`,
      [watcher.clientId, planId, actor.userId, actor.organizationId ?? null],
    )) as unknown[];
    if (entered.length === 0) {
      this.forget(planId, watcher);
      throw new NotFoundError('Plan', planId);
    }
    await this.announce(planId);
    return watcher.stream;
  }

  /** A heartbeat, and where the client is now; announced only when that changed. */
  async update(input: UpdatePresenceInput, actor: Actor): Promise<boolean> {
    const [row] = (await this.dataSource.query(
      `UPDATE plan_presence p
          SET stage = $4, item_id = $5, field = $6, last_seen = now()
         FROM (SELECT client_id, stage, item_id, field FROM plan_presence WHERE client_id = $1 FOR UPDATE) old
        WHERE p.client_id = old.client_id AND p.plan_id = $2 AND p.user_id = $3
       RETURNING (old.stage, old.item_id, old.field) IS DISTINCT FROM (p.stage, p.item_id, p.field) AS moved`,
      [
        input.clientId,
        input.planId,
        actor.userId,
        input.stage ?? null,
        input.itemId ?? null,
        input.field ?? null,
      ],
    )) as [{ moved: boolean }[], number];
    const [changed] = row;
    // Expired, or someone else's client: enter again through the subscription.
    if (!changed) throw new NotFoundError('Presence', input.clientId);
    if (changed.moved) await this.announce(input.planId);
    return true;
  }

  private forget(planId: string, watcher: Watcher): void {
    const watchers = this.watchers.get(planId);
    watchers?.delete(watcher);
    if (watchers?.size === 0) this.watchers.delete(planId);
  }

  private async leave(planId: string, watcher: Watcher): Promise<void> {
    this.forget(planId, watcher);
    await this.dataSource
      .query('DELETE FROM plan_presence WHERE client_id = $1', [watcher.clientId])
      .then(() => this.announce(planId))
      .catch((error: Error) => this.logger.warn(`Leaving failed: ${error.message}`));
  }

  /** Ends the presence of those here who no longer take part in the plan (they leave). */
  private dropFormerMembers(planId: string): void {
    const watchers = [...(this.watchers.get(planId) ?? [])];
    if (watchers.length === 0) return;
    membersAmong(
      this.dataSource,
      planId,
      watchers.map((watcher) => watcher.userId),
    )
      .then((members) => {
        for (const watcher of watchers) {
          if (!members.has(watcher.userId)) watcher.stream.fail(noLongerAMember(planId));
        }
      })
      .catch((error: Error) => this.logger.warn(`Checking members failed: ${error.message}`));
  }

  private announce(planId: string): Promise<unknown> {
    return this.dataSource.query(`SELECT pg_notify('${PRESENCE_CHANNEL}', $1)`, [planId]);
  }

  private scheduleBroadcast(planId: string): void {
    if (!this.watchers.has(planId) || this.gathering.has(planId)) return;
    this.gathering.set(
      planId,
      setTimeout(() => {
        this.gathering.delete(planId);
        this.broadcast(planId).catch((error: Error) =>
          this.logger.warn(`Presence update failed: ${error.message}`),
        );
      }, GATHER_MS),
    );
  }

  private async broadcast(planId: string): Promise<void> {
    const watchers = this.watchers.get(planId);
    if (!watchers?.size) return;
    const people = (await this.dataSource.query(
      `SELECT p.client_id AS "clientId", p.user_id AS "userId", u.display_name AS "displayName",
              o.name AS "organizationName", p.stage, p.item_id AS "itemId", p.field,
              p.joined_at AS "since"
         FROM plan_presence p
         JOIN app_user u ON u.id = p.user_id
         LEFT JOIN organization o ON o.id = p.organization_id
        WHERE p.plan_id = $1 AND p.last_seen > now() - make_interval(secs => $2)
        ORDER BY p.joined_at, p.client_id`,
      [planId, PRESENCE_EXPIRES_SECONDS],
    )) as PresentPerson[];
    for (const watcher of watchers) {
      watcher.stream.push({ planId, clientId: watcher.clientId, people });
    }
  }

  /** Removes clients whose heartbeats stopped (any instance may do it; each plan is told). */
  private async sweep(): Promise<void> {
    await this.dataSource
      .query(
        `WITH gone AS (
           DELETE FROM plan_presence WHERE last_seen < now() - make_interval(secs => $1)
           RETURNING plan_id
         )
         SELECT pg_notify('${PRESENCE_CHANNEL}', plan_id::text) FROM (SELECT DISTINCT plan_id FROM gone) plans`,
        [PRESENCE_EXPIRES_SECONDS],
      )
      .catch((error: Error) => this.logger.warn(`Presence sweep failed: ${error.message}`));
  }
}
