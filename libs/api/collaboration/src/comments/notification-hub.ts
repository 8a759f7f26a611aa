import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EventStream } from '../live/event-stream';
import { PgListener } from '../live/pg-listener';
import type { Notification } from './comment.model';
import { NotificationsService } from './notifications.service';

/** Announces a committed notification as `<userId>:<notificationId>`. */
export const USER_NOTIFICATION_CHANNEL = 'user_notification';
/** Slack for the clocks of the api and the database when catching up. */
const CLOCK_SLACK_MS = 60_000;
/** Ids remembered per person, so a catch-up does not deliver one twice. */
const REMEMBERED = 500;

interface Inbox {
  streams: Set<EventStream<Notification>>;
  /** Deliveries for one person run one after another, in the order announced. */
  chain: Promise<void>;
  delivered: Set<string>;
  /** When the first stream opened: a catch-up looks no further back. */
  since: Date;
}

/**
 * Delivers new notifications to the people subscribed on this api instance. Notifications are
 * rows, announced with NOTIFY on commit; one LISTEN connection per instance hears every
 * instance's, and each is read back for its person (only while they are still in its plan).
 */
@Injectable()
export class NotificationHub implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Notifications');
  private readonly inboxes = new Map<string, Inbox>();
  constructor(
    private readonly notifications: NotificationsService,
    private readonly listener: PgListener,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listener.listen(
      USER_NOTIFICATION_CHANNEL,
      (payload) => {
        const [userId, id] = payload.split(':');
        if (userId && id) this.deliver(userId, { ids: [id], first: 1 });
      },
      () => this.catchUp(),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    for (const inbox of this.inboxes.values()) {
      for (const stream of inbox.streams) stream.end();
    }
  }

  /** This person's new notifications, from now on, for as long as the stream is open. */
  subscribe(userId: string): EventStream<Notification> {
    let inbox = this.inboxes.get(userId);
    if (!inbox) {
      inbox = {
        streams: new Set(),
        chain: Promise.resolve(),
        delivered: new Set(),
        since: new Date(Date.now() - CLOCK_SLACK_MS),
      };
      this.inboxes.set(userId, inbox);
    }
    const stream: EventStream<Notification> = new EventStream(() => {
      inbox.streams.delete(stream);
      if (inbox.streams.size === 0) this.inboxes.delete(userId);
    });
    inbox.streams.add(stream);
    return stream;
  }

  private deliver(userId: string, query: Parameters<NotificationsService['list']>[1]): void {
    const inbox = this.inboxes.get(userId);
    if (!inbox) return;
    inbox.chain = inbox.chain
      .then(async () => {
        const found = await this.notifications.list(userId, query);
        // Oldest first, as they happened.
        for (const notification of found.reverse()) {
          if (inbox.delivered.has(notification.id)) continue;
          this.remember(inbox, notification.id);
          for (const stream of inbox.streams) stream.push(notification);
        }
      })
      .catch((error: Error) =>
        this.logger.error(`Delivering a notification failed: ${error.message}`),
      );
  }

  private remember(inbox: Inbox, id: string): void {
    inbox.delivered.add(id);
    // A Set iterates in insertion order: the first one is the oldest.
    if (inbox.delivered.size > REMEMBERED) {
      inbox.delivered.delete(inbox.delivered.values().next().value as string);
    }
  }

  /**
   * Announcements made while the listening connection was down are lost: after reconnecting,
   * each person gets the unread ones made since they subscribed that they have not had.
   */
  private catchUp(): void {
    for (const [userId, inbox] of this.inboxes) {
      this.deliver(userId, { since: inbox.since, unreadOnly: true, first: 100 });
    }
  }
}
