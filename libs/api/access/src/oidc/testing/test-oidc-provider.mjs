// A real OpenID Connect provider (oidc-provider) for the single sign-on tests. oidc-provider
// is ESM-only and jest here runs CommonJS, so the tests start this script in a child process.
//
// Environment:
//   OIDC_TEST_CLIENT        {"client_id", "client_secret", "redirect_uri"}: the one client
//   OIDC_TEST_ACCOUNTS      {"<account id = subject>": {"email", "email_verified", "name"?}}
// Prints the issuer URL as the first line on stdout once it listens. A message on the IPC
// channel ({"<account id>": claims}) adds or changes accounts; "ok" answers when done.
//
// Nobody types a password: the interaction page signs in the account named by `?account=`
// (the test adds it when the browser reaches /interaction/…) and grants consent at once.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const client = JSON.parse(process.env.OIDC_TEST_CLIENT ?? '{}');
const accounts = JSON.parse(process.env.OIDC_TEST_ACCOUNTS ?? '{}');

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: client.client_id,
      client_secret: client.client_secret,
      redirect_uris: [client.redirect_uri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  jwks: { keys: [{ ...signingKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256' }] },
  features: { devInteractions: { enabled: false } },
  // Also for a confidential client: the app must send a code challenge.
  pkce: { required: () => true },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx, accountId) {
    const account = accounts[accountId];
    if (!account) return undefined;
    return { accountId, claims: async () => ({ ...account, sub: accountId }) };
  },
});

process.on('message', (changed) => {
  Object.assign(accounts, changed);
  process.send?.('ok');
});
// Ends with the test run, also when that ends without stopping it.
process.on('disconnect', () => process.exit());

const handleProvider = provider.callback();

server.on('request', async (request, response) => {
  const url = new URL(request.url ?? '/', issuer);
  if (!url.pathname.startsWith('/interaction/')) {
    handleProvider(request, response);
    return;
  }
  try {
    const details = await provider.interactionDetails(request, response);
    const accountId = details.session?.accountId ?? url.searchParams.get('account');
    if (!accountId || !accounts[accountId]) {
      response.writeHead(400).end(`unknown account "${accountId}"`);
      return;
    }
    const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
    grant.addOIDCScope('openid email profile');
    const grantId = await grant.save();
    await provider.interactionFinished(request, response, {
      login: { accountId },
      consent: { grantId },
    });
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
});

process.stdout.write(`${issuer}\n`);
