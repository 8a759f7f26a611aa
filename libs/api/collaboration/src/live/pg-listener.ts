import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

const RECONNECT_AFTER_MS = 1000;

interface Channel {
  handle(payload: string): void;
  /** Called after a reconnect: what was announced meanwhile is lost, so catch up. */
  caughtUp(): void;
}

/**
 * The api instance's one PostgreSQL connection for LISTEN: every hub's channel shares it, so
 * an instance holds one extra connection however many live features there are. It
 * reconnects on its own and then asks each channel's owner to catch up.
 */
@Injectable()
export class PgListener implements OnApplicationShutdown {
  private readonly logger = new Logger('PgListener');
  private readonly channels = new Map<string, Channel>();
  private connection?: Promise<Client>;
  private reconnectTimer?: NodeJS.Timeout;
  private stopped = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Hands every NOTIFY on `channel` to `handle`; resolves once the channel is listened to. */
  async listen(channel: string, handle: Channel['handle'], caughtUp: Channel['caughtUp']) {
    this.channels.set(channel, { handle, caughtUp });
    const client = await this.connect();
    await client.query(`LISTEN ${channel}`);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    const client = await this.connection?.catch(() => undefined);
    await client?.end().catch(() => undefined);
  }

  private connect(): Promise<Client> {
    this.connection ??= this.open().catch((error: unknown) => {
      this.connection = undefined;
      throw error;
    });
    return this.connection;
  }

  private async open(): Promise<Client> {
    const client = new Client({
      connectionString: (this.dataSource.options as { url: string }).url,
      application_name: 'oogo-werkplaats-listener',
    });
    client.on('notification', (message) => {
      this.channels.get(message.channel)?.handle(message.payload ?? '');
    });
    client.on('error', (error) => {
      this.logger.warn(`Lost the listening connection (${error.message}); reconnecting`);
      this.reconnect();
    });
    client.on('end', () => this.reconnect());
    await client.connect();
    for (const channel of this.channels.keys()) await client.query(`LISTEN ${channel}`);
    return client;
  }

  private reconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    this.connection = undefined;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.connect()
        .then(() => this.channels.forEach((channel) => channel.caughtUp()))
        .catch((error: Error) => {
          this.logger.warn(`Listening connection failed (${error.message}); trying again`);
          this.reconnect();
        });
    }, RECONNECT_AFTER_MS).unref();
  }
}
