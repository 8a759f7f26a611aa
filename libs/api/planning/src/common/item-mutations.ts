import { Inject, Provider, Type } from '@nestjs/common';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createValidationPipe } from '@oogo/api-core';
import { DataSource } from 'typeorm';
import { ItemVersionInput } from './input-fields';
import { ItemDefinition, ItemWriter } from './item-writer';
import type { VersionedChange } from './item-writer';
import type { VersionedEntity } from './versioned-entity';

export function itemWriterToken(entity: Type<unknown>): string {
  return `ItemWriter:${entity.name}`;
}

/**
 * `create<Type>`, `update<Type>` and `delete<Type>` for one editable type, all through the
 * same ItemWriter; returns the providers to put in the owning module.
 */
export function itemMutations<E extends VersionedEntity>(
  definition: ItemDefinition<E>,
  createInput: Type<object>,
  updateInput: Type<VersionedChange>,
): Provider[] {
  const token = itemWriterToken(definition.entity);

  @Resolver(() => definition.entity)
  class ItemMutationsResolver {
    constructor(@Inject(token) private readonly writer: ItemWriter<E>) {}

    @Mutation(() => definition.entity, { name: `create${definition.name}` })
    create(
      // The input's class is generic here, so the validation pipe is told it explicitly.
      @Args('input', { type: () => createInput }, createValidationPipe(createInput)) input: object,
    ): Promise<E> {
      return this.writer.create(input);
    }

    @Mutation(() => definition.entity, {
      name: `update${definition.name}`,
      description: 'Changes only the given fields. With a stale version: CONFLICT, nothing saved.',
    })
    update(
      @Args('input', { type: () => updateInput }, createValidationPipe(updateInput))
      input: VersionedChange,
    ): Promise<E> {
      return this.writer.update(input);
    }

    @Mutation(() => ID, { name: `delete${definition.name}` })
    delete(@Args('input') input: ItemVersionInput): Promise<string> {
      return this.writer.delete(input);
    }
  }
  Object.defineProperty(ItemMutationsResolver, 'name', {
    value: `${definition.name}MutationsResolver`,
  });

  return [
    {
      provide: token,
      useFactory: (dataSource: DataSource) => new ItemWriter(dataSource, definition),
      inject: [getDataSourceToken()],
    },
    ItemMutationsResolver,
  ];
}
