import { Module } from '@nestjs/common';
import { PgListener } from './pg-listener';

/** What every live feature shares: the instance's one LISTEN connection. */
@Module({ providers: [PgListener], exports: [PgListener] })
export class LiveModule {}
