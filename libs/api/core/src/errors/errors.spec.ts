import { Module } from '@nestjs/common';
import {
  Args,
  Field,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsInt, Max, MaxLength, Min } from 'class-validator';
import { startTestApi, TestApi } from '../testing/test-api';
import { useTestDatabase } from '../testing/test-database';
import { BadUserInputError, DomainError, ForbiddenError, NotFoundError } from './domain-error';

@InputType()
class ProbeInput {
  @Field()
  @MaxLength(10)
  name!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100)
  percentage!: number;
}

@ObjectType()
class Probe {
  @Field()
  name!: string;
}

/** A field resolver runs without the exception filter; its domain errors keep their code too. */
@Resolver(() => Probe)
class ProbeFieldResolver {
  @ResolveField(() => String)
  secret(): string {
    throw new ForbiddenError('Not for you');
  }
}

/** A resolver that fails in every way a real one can, to pin down the error contract. */
@Resolver()
class ProbeResolver {
  @Query(() => String)
  notFound(): string {
    throw new NotFoundError('Plan', '00000000-0000-0000-0000-000000000000');
  }

  @Query(() => String)
  conflict(): string {
    throw new DomainError('CONFLICT', 'Someone else changed this first', {
      current: { version: 3 },
    });
  }

  @Query(() => String)
  crash(): string {
    throw new Error('relation "secret_table" does not exist at /srv/app/internal.ts:42');
  }

  @Query(() => String)
  badInput(): string {
    throw new BadUserInputError('Period is out of range', { period: ['must be 2000–2100'] });
  }

  @Query(() => Probe)
  probeObject(): Probe {
    return { name: 'probe' };
  }

  @Mutation(() => String)
  probe(@Args('input') input: ProbeInput): string {
    return `${input.name}:${input.percentage}`;
  }
}

@Module({ providers: [ProbeResolver, ProbeFieldResolver] })
class ProbeModule {}

const database = useTestDatabase();

describe('the error contract over GraphQL', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(database.url, [ProbeModule], { NODE_ENV: 'production' });
  });

  afterAll(async () => {
    await api?.close();
  });

  const request = (query: string, variables?: Record<string, unknown>) =>
    api.graphql(query, variables);

  it('maps a domain error to its code with its safe details', async () => {
    const { errors } = await request('{ conflict }');

    expect(errors).toEqual([
      expect.objectContaining({
        message: 'Someone else changed this first',
        extensions: { code: 'CONFLICT', current: { version: 3 } },
      }),
    ]);
  });

  it('says which item was not found', async () => {
    const { errors } = await request('{ notFound }');

    expect(errors?.[0]?.extensions).toEqual({
      code: 'NOT_FOUND',
      entity: 'Plan',
      id: '00000000-0000-0000-0000-000000000000',
    });
  });

  it('maps a domain error thrown in a field resolver to its code', async () => {
    const { data, errors } = await request('{ probeObject { name secret } }');

    expect(data).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({ message: 'Not for you', extensions: { code: 'FORBIDDEN' } }),
    ]);
  });

  it('hides an unexpected crash behind INTERNAL, with no message, SQL or stack', async () => {
    const { errors } = await request('{ crash }');

    expect(errors).toEqual([
      expect.objectContaining({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL' },
      }),
    ]);
    expect(JSON.stringify(errors)).not.toMatch(/secret_table|internal\.ts|stack/);
  });

  it('reports field errors from a service', async () => {
    const { errors } = await request('{ badInput }');

    expect(errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: { period: ['must be 2000–2100'] },
    });
  });

  it('validates inputs at the edge and names every failing field', async () => {
    const { data, errors } = await request(
      'mutation ($input: ProbeInput!) { probe(input: $input) }',
      {
        input: { name: 'far too long a name', percentage: 101 },
      },
    );

    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: {
        name: ['name must be shorter than or equal to 10 characters'],
        percentage: ['percentage must not be greater than 100'],
      },
    });
  });

  it('accepts valid input', async () => {
    const { data } = await request('mutation { probe(input: { name: "ok", percentage: 50 }) }');

    expect(data).toEqual({ probe: 'ok:50' });
  });

  it('gives a wrongly typed variable BAD_USER_INPUT', async () => {
    const { errors } = await request('mutation ($input: ProbeInput!) { probe(input: $input) }', {
      input: { name: 'ok', percentage: 'fifty' },
    });

    expect(errors?.[0]?.extensions['code']).toBe('BAD_USER_INPUT');
  });

  it('turns introspection off in production', async () => {
    const { errors } = await request('{ __schema { types { name } } }');

    expect(errors?.[0]?.extensions['code']).toBe('BAD_USER_INPUT');
  });
});
