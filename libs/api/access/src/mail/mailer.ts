import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, DomainError } from '@oogo/api-core';
import type { AppConfig } from '@oogo/api-core';
import { ErrorCode, ErrorReason } from '@oogo/shared-domain';
import { createTransport, Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** The mail server did not take the message: the caller rolls back, so nothing half-done stays. */
export class MailNotSentError extends DomainError {
  constructor() {
    super(ErrorCode.INTERNAL, 'The e-mail could not be sent; nothing was saved. Try again later.', {
      reason: ErrorReason.MAIL_NOT_SENT,
    });
  }
}

// A slow mail server must not hold a database transaction (and the person waiting) for long.
const TIMEOUT_MS = 10_000;

/**
 * Sends mail through `SMTP_URL`. Without a mail server (the embedded demo) the message is
 * written to the log instead, so a coordinator can still pass an invitation link on.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.smtpUrl) {
      this.transport = createTransport(config.smtpUrl, {
        connectionTimeout: TIMEOUT_MS,
        greetingTimeout: TIMEOUT_MS,
        socketTimeout: TIMEOUT_MS,
      });
    }
  }

  /** @returns whether the message went to a mail server (false: only logged) */
  async send(mail: OutgoingMail): Promise<boolean> {
    if (!this.transport) {
      this.logger.log(`No mail server configured; message for ${mail.to}:\n${mail.text}`);
      return false;
    }
    try {
      await this.transport.sendMail({ from: this.config.mailFrom, ...mail });
      return true;
    } catch (error) {
      this.logger.error(`Mail to ${mail.to} failed: ${(error as Error).message}`);
      throw new MailNotSentError();
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
