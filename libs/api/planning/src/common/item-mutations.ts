import { Inject, Provider, Type } from '@nestjs/common';
import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Access, actorOf, createValidationPipe } from '@oogo/api-core';
import { PlanRole } from '@oogo/shared-domain';
import { DataSource } from 'typeorm';
import { ItemVersionInput } from './input-fields';
import { BEFORE_PLAN_WRITE, ItemDefinition, ItemWriter } from './item-writer';
import type { BeforePlanWrite, VersionedChange } from './item-writer';
import type { VersionedEntity } from './versioned-entity';

export function itemWriterToken(entity: Type<unknown>): string {
  return `ItemWriter:${entity.name}`;
}

/**
 * `create<Type>`, `update<Type>` and `delete<Type>` for one editable type, all through the
 * same ItemWriter; returns the providers to put in the owning module.
 */
/** Who may create, and who may change or delete, items of one type. */
export interface ItemAccess {
  create: MethodDecorator;
  change: MethodDecorator;
}

/**
 * The default for plan items: EDITOR and up; a CONTRIBUTOR only for items of its own
 * organisation when the type names one (`ownOrganization`).
 */
export function planItemAccess(entity: Type<unknown>, ownOrganization?: string): ItemAccess {
  return {
    create: Access.planRole(PlanRole.EDITOR, { planIdAt: 'input.planId' }, ownOrganization),
    change: Access.planRole(
      PlanRole.EDITOR,
      { itemIdAt: 'input.id', item: entity },
      ownOrganization,
    ),
  };
}

export function itemMutations<E extends VersionedEntity>(
  definition: ItemDefinition<E>,
  createInput: Type<object>,
  updateInput: Type<VersionedChange>,
  access: ItemAccess = planItemAccess(definition.entity),
): Provider[] {
  const token = itemWriterToken(definition.entity);

  @Resolver(() => definition.entity)
  class ItemMutationsResolver {
    constructor(@Inject(token) private readonly writer: ItemWriter<E>) {}

    @access.create
    @Mutation(() => definition.entity, { name: `create${definition.name}` })
    create(
      // The input's class is generic here, so the validation pipe is told it explicitly.
      @Args('input', { type: () => createInput }, createValidationPipe(createInput)) input: object,
      @Context() context: object,
    ): Promise<E> {
      return this.writer.create(input, actorOf(context));
    }

    @access.change
    @Mutation(() => definition.entity, {
      name: `update${definition.name}`,
      description: 'Changes only the given fields. With a stale version: CONFLICT, nothing saved.',
    })
    update(
      @Args('input', { type: () => updateInput }, createValidationPipe(updateInput))
      input: VersionedChange,
      @Context() context: object,
    ): Promise<E> {
      return this.writer.update(input, actorOf(context));
    }

    @access.change
    @Mutation(() => ID, { name: `delete${definition.name}` })
    delete(@Args('input') input: ItemVersionInput, @Context() context: object): Promise<string> {
      return this.writer.delete(input, actorOf(context));
    }
  }
  Object.defineProperty(ItemMutationsResolver, 'name', {
    value: `${definition.name}MutationsResolver`,
  });

  return [
    {
      provide: token,
      useFactory: (dataSource: DataSource, beforePlanWrite?: BeforePlanWrite) =>
        new ItemWriter(dataSource, definition, beforePlanWrite),
      inject: [getDataSourceToken(), { token: BEFORE_PLAN_WRITE, optional: true }],
    },
    ItemMutationsResolver,
  ];
}
