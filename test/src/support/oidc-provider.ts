import { exportJWK, generateKeyPair } from 'jose';
import type { Server } from 'node:http';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

/** The resource indicator under which the provider issues access tokens for the API. */
const API_RESOURCE = 'urn:samverkan:api';

export interface OidcProviderOptions {
  port: number;
  /** The designer's origin: its redirect and post-logout addresses are registered there. */
  designerOrigin: string;
  clientId: string;
  /** The `aud` the API requires (AUTH_AUDIENCE). */
  audience: string;
  /** Everyone who may sign in at the provider: their `sub`. */
  accounts: string[];
  /** Lifetime of access tokens, in seconds. */
  accessTokenTtl: number;
}

export interface OidcProvider {
  issuer: string;
  stop(): Promise<void>;
}

/**
 * A real OpenID Connect provider (panva's oidc-provider) on loopback, as a county would run one:
 * the designer is registered as a public client (no secret, PKCE required), its access tokens
 * for the API are JWTs (RS256) with the API's audience, refresh tokens are issued, and
 * RP-initiated logout (end_session) is on. Its own sign-in page is the package's development
 * one: any listed account signs in with any password. Consent is taken as given for the
 * designer (a first-party client), as a county's provider would be configured.
 */
export async function startOidcProvider(options: OidcProviderOptions): Promise<OidcProvider> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: 'test-idp-1', alg: 'RS256', use: 'sig' };
  const { designerOrigin: origin } = options;

  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [`${origin}/inloggning/klar`, `${origin}/inloggning/tyst`],
        post_logout_redirect_uris: [`${origin}/inloggning/utloggad`],
      },
    ],
    jwks: { keys: [signingKey] },
    findAccount: (_ctx, id) =>
      options.accounts.includes(id) ? { accountId: id, claims: () => ({ sub: id }) } : undefined,
    scopes: ['openid', 'profile', 'api', 'offline_access'],
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'api',
          audience: options.audience,
          accessTokenFormat: 'jwt',
          accessTokenTTL: options.accessTokenTtl,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      // Called once the user has signed in (ctx.oidc.account is set).
      const { client, session, account, result } = ctx.oidc;
      if (!client || !session || !account) return undefined;
      const grantId =
        (result?.['consent'] as { grantId?: string } | undefined)?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: account.accountId });
      grant.addOIDCScope('openid profile api offline_access');
      grant.addResourceScope(API_RESOURCE, 'api');
      await grant.save();
      return grant;
    },
  };

  const provider = new Provider(issuer, configuration);
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(options.port, '127.0.0.1', () => resolve(listening));
  });
  return {
    issuer,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
