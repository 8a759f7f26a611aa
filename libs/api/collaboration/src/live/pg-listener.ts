import { Logger } from '@nestjs/common';
import { Client } from 'pg';

const RECONNECT_AFTER_MS = 1000;

/**
 * One dedicated PostgreSQL connection that LISTENs on channels and hands each NOTIFY payload
 * to its handler; it reconnects on its own. After (re)connecting it calls `onConnected`,
 * because whatever was announced while it was away is lost and the caller must catch up.
 */
export class PgListener {
  private client?: Client;
  private reconnectTimer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly connectionString: string,
    private readonly handlers: Record<string, (payload: string) => void>,
    private readonly onConnected: () => void,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new Client({
      connectionString: this.connectionString,
      application_name: 'oogo-werkplaats-listener',
    });
    client.on('notification', (message) => {
      this.handlers[message.channel]?.(message.payload ?? '');
    });
    client.on('error', (error) => {
      this.logger.warn(`Lost the listening connection (${error.message}); reconnecting`);
      this.reconnect();
    });
    client.on('end', () => this.reconnect());
    await client.connect();
    for (const channel of Object.keys(this.handlers)) await client.query(`LISTEN ${channel}`);
    this.client = client;
    this.onConnected();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    await this.client?.end().catch(() => undefined);
  }

  private reconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    this.client = undefined;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.start().catch((error: Error) => {
        this.logger.warn(`Listening connection failed (${error.message}); trying again`);
        this.reconnect();
      });
    }, RECONNECT_AFTER_MS).unref();
  }
}
