import { Reflector, ModulesContainer } from '@nestjs/core';
import { ACCESS_RULE, AccessRule } from '@oogo/api-core';
import { useTestDatabase } from '@oogo/api-core/testing';
import { startTestApp, TestApp } from '../testing/test-app';

// Metadata keys Nest writes: a GraphQL operation, a field resolver, an HTTP route.
const RESOLVER_TYPE = 'graphql:resolver_type';
const FIELD_RESOLVER = 'graphql:resolve_property';
const ROUTE_METHOD = 'method';

const database = useTestDatabase();

describe('access rules (default deny)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp(database.url);
  });

  afterAll(async () => {
    await api?.close();
  });

  /** Every GraphQL resolver method and HTTP route of the real app, with its rule if any. */
  function operations(): { name: string; kind: string; rule?: AccessRule }[] {
    const reflector = api.app.get(Reflector);
    const found: { name: string; kind: string; rule?: AccessRule }[] = [];
    for (const module of api.app.get(ModulesContainer).values()) {
      for (const wrapper of [...module.providers.values(), ...module.controllers.values()]) {
        const type = wrapper.metatype as (new (...args: never[]) => object) | undefined;
        if (!type?.prototype || typeof type !== 'function') continue;
        for (const key of Object.getOwnPropertyNames(type.prototype)) {
          // The descriptor, not the property: reading a getter could run framework code.
          const method = Object.getOwnPropertyDescriptor(type.prototype, key)?.value as unknown;
          if (key === 'constructor' || typeof method !== 'function') continue;
          const kind = Reflect.getMetadata(FIELD_RESOLVER, method)
            ? 'ResolveField'
            : ((Reflect.getMetadata(RESOLVER_TYPE, method) as string | undefined) ??
              (Reflect.getMetadata(ROUTE_METHOD, method) !== undefined ? 'HTTP' : undefined));
          if (!kind) continue;
          const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
            method,
            type,
          ]);
          found.push({ name: `${type.name}.${key}`, kind, rule });
        }
      }
    }
    return found;
  }

  it('finds the operations (guards against walking nothing)', () => {
    const kinds = new Set(operations().map((operation) => operation.kind));

    expect(kinds).toEqual(new Set(['Query', 'Mutation', 'Subscription', 'ResolveField', 'HTTP']));
    expect(operations().length).toBeGreaterThan(60);
  });

  it('gives every query, mutation, subscription, field resolver and route an explicit rule', () => {
    expect(
      operations()
        .filter((operation) => !operation.rule)
        .map((operation) => operation.name),
    ).toEqual([]);
  });

  it('lets only field resolvers inherit their parent’s check', () => {
    const inheriting = operations().filter((operation) => operation.rule?.kind === 'inherit');

    expect(
      inheriting
        .filter((operation) => operation.kind !== 'ResolveField')
        .map((operation) => operation.name),
    ).toEqual([]);
  });

  it('keeps the public surface small', () => {
    const open = operations()
      .filter((operation) => operation.rule?.kind === 'public')
      .map((operation) => operation.name)
      .sort();

    expect(open).toEqual([
      'AuthResolver.login',
      'AuthResolver.logout',
      'AuthResolver.viewer',
      'HealthController.get',
      'HealthResolver.health',
      'InvitationResolver.acceptInvitation',
      'OidcController.callback',
      'OidcController.start',
      'SignInOptionsResolver.signInOptions',
    ]);
  });
});
