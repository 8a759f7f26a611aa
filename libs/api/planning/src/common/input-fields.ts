import { applyDecorators, Type } from '@nestjs/common';
import {
  Field,
  Float,
  ID,
  InputType,
  Int,
  IntersectionType,
  OmitType,
  PartialType,
} from '@nestjs/graphql';
import { parsePeriod, PERIOD_FORMAT_HINT } from '@oogo/shared-domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateIf,
} from 'class-validator';

// Field decorators for inputs: one place for the GraphQL type, the validation rule and the
// trimming of text, so every input states its rules in one line per field.

interface Presence {
  /** Must be given on create (GraphQL non-null). */
  required?: boolean;
  /** May be null: the database column is nullable. Otherwise null is refused. */
  nullable?: boolean;
  description?: string;
}

const trim = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value,
);

/** Optional fields may be left out; null only where the column allows it. */
function presence({ required = false, nullable = false }: Presence) {
  if (required) return [];
  return [nullable ? IsOptional() : ValidateIf((_object, value) => value !== undefined)];
}

function graphqlField(type: () => unknown, options: Presence) {
  return Field(type as never, {
    nullable: !options.required,
    ...(options.description ? { description: options.description } : {}),
  });
}

export function TextField(maxLength: number, options: Presence = {}) {
  return applyDecorators(
    graphqlField(() => String, options),
    trim,
    ...presence(options),
    IsString(),
    options.required ? Length(1, maxLength) : MaxLength(maxLength),
  );
}

export function IdField(options: Presence = {}) {
  return applyDecorators(
    graphqlField(() => ID, options),
    ...presence(options),
    IsUUID('all'),
  );
}

export function IdListField(options: Presence = {}) {
  return applyDecorators(
    graphqlField(() => [ID], options),
    ...presence(options),
    IsArray(),
    ArrayMaxSize(1000),
    IsUUID('all', { each: true }),
  );
}

export function EnumField(values: Record<string, string>, options: Presence = {}) {
  return applyDecorators(
    graphqlField(() => values, options),
    ...presence(options),
    IsIn(Object.values(values)),
  );
}

export function IntField(min: number, max: number, options: Presence = {}) {
  return applyDecorators(
    graphqlField(() => Int, options),
    ...presence(options),
    IsInt(),
    Min(min),
    Max(max),
  );
}

export function NumberField(options: Presence & { min?: number; max?: number } = {}) {
  const { min = -1e12, max = 1e12 } = options;
  return applyDecorators(
    graphqlField(() => Float, options),
    ...presence(options),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(min),
    Max(max),
  );
}

export function PercentageField(options: Presence = {}) {
  return NumberField({ ...options, min: 0, max: 100 });
}

/** A calendar date as YYYY-MM-DD. */
export function DateField(options: Presence = {}) {
  return applyDecorators(
    graphqlField(() => String, { ...options, description: options.description ?? 'YYYY-MM-DD' }),
    ...presence(options),
    IsString(),
    Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
      message: '$property must be a date as YYYY-MM-DD',
    }),
  );
}

export function UrlField(options: Presence = {}) {
  return applyDecorators(
    graphqlField(() => String, options),
    trim,
    ...presence(options),
    MaxLength(2000),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true }),
  );
}

/** A CBS period code (2023JJ00, 2023KW01, 2023MM03) or a plain year. */
export function PeriodField(options: Presence = {}) {
  return applyDecorators(
    graphqlField(() => String, {
      ...options,
      description: options.description ?? PERIOD_FORMAT_HINT,
    }),
    trim,
    ...presence(options),
    IsString(),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isPeriod',
        target: target.constructor,
        propertyName: String(propertyName),
        validator: {
          validate: (value: unknown) =>
            typeof value === 'string' && parsePeriod(value) !== undefined,
          defaultMessage: () => `${String(propertyName)} must be ${PERIOD_FORMAT_HINT}, 1990–2100`,
        },
      }),
  );
}

/** What every update and delete carries: which item, and the version the user last saw. */
@InputType()
export class ItemVersionInput {
  @IdField({ required: true })
  id!: string;

  @IntField(1, 2_147_483_647, { required: true })
  version!: number;
}

/**
 * `update<Type>` input: id and version, plus any field of the create input except the plan
 * (and fields that only matter when creating).
 */
export function UpdateInputOf<T extends object>(createInput: Type<T>, createOnly: string[] = []) {
  return IntersectionType(
    ItemVersionInput,
    PartialType(OmitType(createInput, ['planId', ...createOnly] as never)),
  );
}
