import { Client } from 'pg';
import { hashPassword } from '../auth/password';

let sequence = 0;

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

/** A person with a password, straight into the database (accounts have no sign-up form). */
export async function createUser(
  databaseUrl: string,
  overrides: Partial<Omit<TestUser, 'id'>> = {},
): Promise<TestUser> {
  const n = ++sequence;
  const email = overrides.email ?? `persoon${n}@test.example`;
  const password = overrides.password ?? `wachtwoord-${n}-geheim`;
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      'INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id',
      [email, `Persoon ${n}`, await hashPassword(password)],
    );
    return { id: (rows[0] as { id: string }).id, email, password };
  } finally {
    await client.end();
  }
}
