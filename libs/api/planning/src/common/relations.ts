import { Type } from '@nestjs/common';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '@oogo/api-core';
import { MaybePromise, PlanRows, PlanRowsProvider, PlanScoped, planIdOf, then } from './plan-rows';

type Row = PlanScoped & Record<string, unknown>;

/** How to find the value of one field from the plan's rows. */
export interface Relation {
  type: () => Type<unknown> | [Type<unknown>];
  nullable?: boolean;
  description?: string;
  resolve(rows: PlanRows, parent: Row): MaybePromise<unknown>;
}

/**
 * The rows of `child` whose `key` points at the parent (for a Plan: its rows), or at the
 * parent's own `via` property (e.g. a result indicator's measurements share its indicatorId).
 */
export function hasMany<C>(
  child: () => Type<C>,
  key: keyof C & string,
  { description, via = 'id' }: { description?: string; via?: string } = {},
): Relation {
  return {
    type: () => [child()],
    description,
    resolve: (rows, parent) => rows.where(child(), planIdOf(parent), key, parent[via]),
  };
}

/** The item of the same plan that `key` points at. */
export function belongsTo<T>(target: () => Type<T>, key: string, nullable = false): Relation {
  return {
    type: target,
    nullable,
    resolve: async (rows, parent) => {
      const [item] = await rows.where(
        target(),
        planIdOf(parent),
        'id' as keyof T & string,
        parent[key],
      );
      return item ?? null;
    },
  };
}

/**
 * Items reached through link rows, e.g. an analysis's indicators. `shared`: the target table
 * is not per plan (organisations).
 */
export function manyThrough<T, L>(
  target: () => Type<T>,
  link: () => Type<L>,
  ownerKey: keyof L & string,
  targetKey: keyof L & string,
  shared = false,
): Relation {
  return {
    type: () => [target()],
    resolve: (rows, parent) => {
      const planId = planIdOf(parent);
      return then(rows.where(link(), planId, ownerKey, parent.id), (links) => {
        const targets = links.map((row) =>
          shared
            ? then(rows.byId(target(), row[targetKey] as string), (item) => (item ? [item] : []))
            : rows.where(target(), planId, 'id' as keyof T & string, row[targetKey]),
        );
        return targets.some((found) => found instanceof Promise)
          ? Promise.all(targets).then((found) => found.flat())
          : (targets as unknown as T[][]).flat();
      });
    },
  };
}

/** A row of a table shared by all plans (e.g. an organisation), by the id in `key`. */
export function sharedRow<T>(target: () => Type<T>, key: string, nullable = true): Relation {
  return {
    type: target,
    nullable,
    resolve: (rows, parent) =>
      typeof parent[key] === 'string'
        ? rows.byId(target(), parent[key] as string)
        : Promise.resolve(null),
  };
}

/**
 * A resolver class with one field resolver per relation, so each type declares its links
 * as data instead of a method each.
 */
export function relationsResolver(
  parent: () => Type<unknown>,
  relations: Record<string, Relation>,
): Type<unknown> {
  @Resolver(parent)
  @Access.inherit()
  class RelationsResolver {
    constructor(readonly planRows: PlanRowsProvider) {}
  }
  for (const [field, relation] of Object.entries(relations)) {
    // No parameter decorators: Nest then calls the method directly with graphql-js's
    // (parent, args, context) instead of through its per-call pipeline.
    const method = function (this: RelationsResolver, row: Row, _args: unknown, context: object) {
      return relation.resolve(this.planRows.forRequest(context), row);
    };
    Object.defineProperty(RelationsResolver.prototype, field, { value: method, writable: true });
    const descriptor = Object.getOwnPropertyDescriptor(
      RelationsResolver.prototype,
      field,
    ) as PropertyDescriptor;
    ResolveField(field, relation.type, {
      nullable: relation.nullable ?? false,
      description: relation.description,
    })(RelationsResolver.prototype, field, descriptor);
  }
  Object.defineProperty(RelationsResolver, 'name', { value: `${parent().name}RelationsResolver` });
  return RelationsResolver;
}
