import { resolve } from 'node:path';
import { z } from 'zod';

const postgresUrl = z
  .string()
  .trim()
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (
          (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== ''
        );
      } catch {
        return false;
      }
    },
    { message: 'must look like postgres://user:password@host:5432/database' },
  );

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().trim().min(1).default('localhost'),
  PORT: z
    .string()
    .trim()
    .regex(/^\d+$/, { message: 'must be a whole number between 1 and 65535' })
    .transform(Number)
    .refine((port) => port >= 1 && port <= 65535, {
      message: 'must be a whole number between 1 and 65535',
    })
    .default(3000),
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().trim().min(1).default('.data'),
  WEB_ROOT: z.string().trim().min(1).optional(),
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(\d+|loopback|linklocal|uniquelocal|[\d.:/a-f, ]+)$/i, {
      message: 'must be a hop count (1) or proxy addresses, e.g. loopback or 10.0.0.0/8',
    })
    .optional(),
  PUBLIC_URL: z
    .string()
    .trim()
    .url({ message: 'must be the URL people open, e.g. https://oogo.example.nl' })
    .optional(),
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\/[^/\s]+/, {
      message: 'must look like smtp://user:password@mail.example.nl:587 (or smtps://…)',
    })
    .optional(),
  MAIL_FROM: z.string().trim().min(3).default('OOGO Werkplaats <noreply@localhost>'),
  OIDC_ISSUER: z
    .string()
    .trim()
    .url({ message: 'must be the URL of your OpenID Connect provider' })
    .optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().trim().min(1).optional(),
  CHROMIUM_PATH: z.string().trim().min(1).default('/usr/bin/chromium'),
});

export interface AppConfig {
  environment: 'development' | 'test' | 'production';
  host: string;
  port: number;
  /** A PostgreSQL server to use; without one the api starts an embedded server in `dataDir`. */
  databaseUrl?: string;
  /** Where local state (the embedded database) lives; absolute. */
  dataDir: string;
  /** The built web app to serve at `/`, when set. */
  webRoot?: string;
  /** Where people reach the app, for links in invitations; defaults to http://localhost:<port>. */
  publicUrl: string;
  /**
   * Behind a reverse proxy: which proxies to trust for the client's address (Express's
   * `trust proxy`), so per-address login limits see people, not the proxy.
   */
  trustProxy?: string | number;
  /** Mail server for invitations; without it the link is written to the log. */
  smtpUrl?: string;
  /** Sender of outgoing mail. */
  mailFrom: string;
  /** Single sign-on with the organisation's OpenID Connect provider, when all three are set. */
  oidc?: { issuer: string; clientId: string; clientSecret: string };
  /** The Chromium that renders PDF documents (the ontwikkelagenda); started when first needed. */
  chromiumPath: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once at start-up; throws {@link ConfigError} listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable means "not set", as in most shells' `FOO= command`.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const given = env[name];
        return `${name} ${issue.message}${given === undefined ? '' : ` (got "${redact(name, given)}")`}`;
      }),
    );
  }
  const values = parsed.data;
  const oidcSettings = [values.OIDC_ISSUER, values.OIDC_CLIENT_ID, values.OIDC_CLIENT_SECRET];
  if (oidcSettings.some(Boolean) && !oidcSettings.every(Boolean)) {
    throw new ConfigError([
      'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together (or none of them)',
    ]);
  }
  return {
    environment: values.NODE_ENV,
    host: values.HOST,
    port: values.PORT,
    databaseUrl: values.DATABASE_URL,
    dataDir: resolve(values.DATA_DIR),
    webRoot: values.WEB_ROOT === undefined ? undefined : resolve(values.WEB_ROOT),
    trustProxy:
      values.TRUST_PROXY === undefined
        ? undefined
        : /^\d+$/.test(values.TRUST_PROXY)
          ? Number(values.TRUST_PROXY)
          : values.TRUST_PROXY,
    publicUrl: (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, ''),
    smtpUrl: values.SMTP_URL,
    mailFrom: values.MAIL_FROM,
    oidc:
      values.OIDC_ISSUER && values.OIDC_CLIENT_ID && values.OIDC_CLIENT_SECRET
        ? {
            issuer: values.OIDC_ISSUER,
            clientId: values.OIDC_CLIENT_ID,
            clientSecret: values.OIDC_CLIENT_SECRET,
          }
        : undefined,
    chromiumPath: values.CHROMIUM_PATH,
  };
}

function redact(name: string, value: string): string {
  if (name === 'OIDC_CLIENT_SECRET') return '***';
  return name === 'DATABASE_URL' || name === 'SMTP_URL'
    ? value.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')
    : value;
}
