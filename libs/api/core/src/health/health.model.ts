import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum HealthStatus {
  OK = 'OK',
  DEGRADED = 'DEGRADED',
}

export enum DatabaseStatus {
  UP = 'UP',
  DOWN = 'DOWN',
}

registerEnumType(HealthStatus, { name: 'HealthStatus' });
registerEnumType(DatabaseStatus, { name: 'DatabaseStatus' });

@ObjectType({ description: 'Whether the api and its database can serve requests.' })
export class Health {
  @Field(() => HealthStatus)
  status!: HealthStatus;

  @Field(() => DatabaseStatus)
  database!: DatabaseStatus;
}
