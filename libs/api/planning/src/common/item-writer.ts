import type { Type } from '@nestjs/common';
import {
  Actor,
  AuditAction,
  BadUserInputError,
  ConflictError,
  lastChangeOf,
  NotFoundError,
  recordAudit,
  translateDatabaseError,
} from '@oogo/api-core';
import { DataSource, EntityManager, In } from 'typeorm';
import { planIdOf } from './plan-rows';
import type { VersionedEntity } from './versioned-entity';

/** A set of link rows owned by an item, replaced as a whole, e.g. an analysis's indicators. */
export interface LinkSet {
  /** Input field holding the ids, e.g. `indicatorIds`. */
  field: string;
  /** The link-row entity, e.g. AnalysisIndicator. */
  entity: Type<object>;
  /** Its property pointing at the owner, e.g. `analysisId`. */
  ownerKey: string;
  /** Its property pointing at the linked item, e.g. `indicatorId`. */
  targetKey: string;
}

/** How one editable type is written. */
export interface ItemDefinition<E extends VersionedEntity> {
  entity: Type<E>;
  /** The GraphQL type name, used in mutation names and messages. */
  name: string;
  /** Derives stored columns from input fields, e.g. a period code into its dates. */
  toColumns?(fields: Record<string, unknown>): Record<string, unknown>;
  linkSets?: LinkSet[];
  /** Rows not of one plan (organisations); a Plan's own plan is itself. */
  sharedByPlans?: boolean;
  /** Input fields that are not columns and are only used by `afterCreate`. */
  createOnlyFields?: string[];
  /** More work in the same transaction once the item exists (e.g. make its creator its coordinator). */
  afterCreate?(
    manager: EntityManager,
    item: E,
    input: Record<string, unknown>,
    actor: Actor | undefined,
  ): Promise<void>;
}

/**
 * Work that every write to a plan's content does first, in the write's own transaction, for
 * any item type (e.g. the workflow sends an adopted plan back to draft). It runs before the
 * item is locked, so locks are always taken plan first, then items: the same order as
 * deleting a plan, which cascades to its items, so the two cannot deadlock.
 */
export type BeforePlanWrite = (
  manager: EntityManager,
  planId: string,
  actor: Actor | undefined,
) => Promise<void>;

/** The Nest token under which a module may provide its BeforePlanWrite. */
export const BEFORE_PLAN_WRITE = 'BeforePlanWrite';

export interface VersionedChange {
  id: string;
  version: number;
}

/**
 * The one write path for plan items. Every update is `UPDATE … WHERE id = $1 AND version = $2`:
 * when someone else saved first, nothing is written and the caller gets CONFLICT with the
 * current item (TypeORM's save() would silently overwrite). Links stay inside one plan
 * because the schema's composite foreign keys say so; violations come back as input errors
 * that name the field.
 */
export class ItemWriter<E extends VersionedEntity> {
  constructor(
    private readonly dataSource: DataSource,
    readonly definition: ItemDefinition<E>,
    private readonly beforePlanWrite?: BeforePlanWrite,
  ) {}

  create(input: object, actor?: Actor): Promise<E> {
    return this.write(async (manager) => {
      const { fields, links } = this.split(input);
      for (const field of this.definition.createOnlyFields ?? []) delete fields[field];
      // A new plan has no content to guard yet; a new item names its plan.
      const planId = fields['planId'];
      if (typeof planId === 'string') await this.beforeWrite(manager, planId, actor);
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(this.definition.entity)
        .values(this.columns(fields) as never)
        .returning(['id'])
        .execute();
      const id = (inserted.identifiers[0] as { id: string }).id;
      const item = await manager.findOneByOrFail(this.definition.entity, { id } as never);
      const linkChanges = await this.replaceLinks(manager, item, links);
      await this.definition.afterCreate?.(manager, item, input as Record<string, unknown>, actor);
      await this.audit(manager, actor, 'CREATE', item, null, { ...item, ...linkChanges.after });
      return item;
    });
  }

  update(input: VersionedChange & object, actor?: Actor): Promise<E> {
    return this.write(async (manager) => {
      const { id, version, ...rest } = input;
      const { fields, links } = this.split(rest);
      await this.beforeWriteOf(manager, id, actor);
      // Locked, so the audit's "before" is the row this update replaces.
      const before = await this.lockedRow(manager, id);
      const updated = await manager
        .createQueryBuilder()
        .update(this.definition.entity)
        .set({ ...this.columns(fields), version: () => 'version + 1' } as never)
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (!updated.affected) {
        throw await this.missingOrConflict(manager, id);
      }
      const item = await manager.findOneByOrFail(this.definition.entity, { id } as never);
      const linkChanges = await this.replaceLinks(manager, item, links);
      await this.audit(
        manager,
        actor,
        'UPDATE',
        item,
        { ...before, ...linkChanges.before },
        { ...item, ...linkChanges.after },
      );
      return item;
    });
  }

  /** Deletes when `version` is still current, so nobody deletes an edit they have not seen. */
  delete({ id, version }: VersionedChange, actor?: Actor): Promise<string> {
    return this.write(async (manager) => {
      await this.beforeWriteOf(manager, id, actor);
      const before = await this.lockedRow(manager, id);
      const deleted = await manager
        .createQueryBuilder()
        .delete()
        .from(this.definition.entity)
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (!deleted.affected || !before) {
        throw await this.missingOrConflict(manager, id);
      }
      await this.audit(manager, actor, 'DELETE', before, before, null);
      return id;
    });
  }

  private async beforeWrite(
    manager: EntityManager,
    planId: string,
    actor: Actor | undefined,
  ): Promise<void> {
    if (this.beforePlanWrite && !this.definition.sharedByPlans) {
      await this.beforePlanWrite(manager, planId, actor);
    }
  }

  /** `beforeWrite` for a stored item: its plan is read first (unlocked; an item never moves plans). */
  private async beforeWriteOf(
    manager: EntityManager,
    id: string,
    actor: Actor | undefined,
  ): Promise<void> {
    if (!this.beforePlanWrite || this.definition.sharedByPlans) return;
    const metadata = manager.connection.getMetadata(this.definition.entity);
    // A Plan is its own plan.
    const column = metadata.findColumnWithPropertyName('planId')?.databaseName ?? 'id';
    const [row] = (await manager.query(
      `SELECT "${column}" AS "planId" FROM "${metadata.tableName}" WHERE id = $1`,
      [id],
    )) as { planId: string }[];
    // A missing item is reported by the write itself.
    if (row) await this.beforeWrite(manager, row.planId, actor);
  }

  private lockedRow(manager: EntityManager, id: string): Promise<E | null> {
    return manager.findOne(this.definition.entity, {
      where: { id } as never,
      lock: { mode: 'pessimistic_write' },
    });
  }

  private audit(
    manager: EntityManager,
    actor: Actor | undefined,
    action: AuditAction,
    item: E,
    before: object | null,
    after: object | null,
  ): Promise<void> {
    const planId = this.definition.sharedByPlans ? null : planIdOf(item);
    return recordAudit(manager, actor, {
      planId,
      entity: this.definition.name,
      entityId: item.id,
      action,
      before: before as Record<string, unknown> | null,
      after: after as Record<string, unknown> | null,
      item: after && { __typename: this.definition.name, ...after },
    });
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      throw translateDatabaseError(error);
    }
  }

  private async missingOrConflict(manager: EntityManager, id: string): Promise<Error> {
    const current = await manager.findOneBy(this.definition.entity, { id } as never);
    if (!current) return new NotFoundError(this.definition.name, id);
    return new ConflictError(this.definition.name, current, await lastChangeOf(manager, id));
  }

  private split(input: object): { fields: Record<string, unknown>; links: Map<LinkSet, string[]> } {
    const fields: Record<string, unknown> = { ...input };
    const links = new Map<LinkSet, string[]>();
    for (const linkSet of this.definition.linkSets ?? []) {
      const ids = fields[linkSet.field];
      delete fields[linkSet.field];
      if (Array.isArray(ids)) links.set(linkSet, [...new Set(ids as string[])]);
    }
    return { fields, links };
  }

  private columns(fields: Record<string, unknown>): Record<string, unknown> {
    const defined = Object.fromEntries(
      Object.entries(fields).filter(([, value]) => value !== undefined),
    );
    return this.definition.toColumns
      ? { ...defined, ...this.definition.toColumns(defined) }
      : defined;
  }

  /** Brings each link set to exactly the given ids, touching only what changed; returns the sets before and after. */
  private async replaceLinks(
    manager: EntityManager,
    item: E,
    links: Map<LinkSet, string[]>,
  ): Promise<{ before: Record<string, string[]>; after: Record<string, string[]> }> {
    const changes = {
      before: {} as Record<string, string[]>,
      after: {} as Record<string, string[]>,
    };
    for (const [linkSet, ids] of links) {
      try {
        changes.before[linkSet.field] = await this.replaceLinkSet(manager, item, linkSet, ids);
        changes.after[linkSet.field] = ids;
      } catch (error) {
        // Name the input field the user sent (e.g. participantIds), not the link table's column.
        const translated = translateDatabaseError(error);
        throw translated instanceof BadUserInputError
          ? new BadUserInputError(translated.message, {
              [linkSet.field]: Object.values(
                translated.details['fieldErrors'] as Record<string, string[]>,
              ).flat(),
            })
          : translated;
      }
    }
    return changes;
  }

  /** @returns the ids linked before */
  private async replaceLinkSet(
    manager: EntityManager,
    item: E,
    linkSet: LinkSet,
    ids: string[],
  ): Promise<string[]> {
    const existing = (await manager.find(linkSet.entity, {
      where: { [linkSet.ownerKey]: item.id },
    })) as Record<string, string>[];
    const current = new Set(existing.map((row) => row[linkSet.targetKey]));
    const wanted = new Set(ids);
    const removed = [...current].filter((id) => !wanted.has(id as string));
    const added = ids.filter((id) => !current.has(id));
    if (removed.length) {
      await manager.delete(linkSet.entity, {
        [linkSet.ownerKey]: item.id,
        [linkSet.targetKey]: In(removed),
      });
    }
    if (added.length) {
      const planId = planIdOf(item);
      await manager.insert(
        linkSet.entity,
        added.map((targetId) => ({
          planId,
          [linkSet.ownerKey]: item.id,
          [linkSet.targetKey]: targetId,
        })),
      );
    }
    return [...current];
  }
}
