export interface EmbeddedPostgresOptions {
  /** Folder for the cluster; reused when it already holds one. */
  dataDir: string;
  /** Tried first; any free port otherwise (0: any). */
  preferredPort?: number;
  /** false trades crash safety for speed (tests). */
  durable?: boolean;
}

export interface EmbeddedPostgresServer {
  /** Connection URL of the superuser on the `postgres` database. */
  adminUrl: string;
  port: number;
  dataDir: string;
  /** true when an existing cluster was started again. */
  reused: boolean;
  stop(): Promise<void>;
}

export function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresServer>;
