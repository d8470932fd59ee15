import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
  SignJWT,
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
} from 'jose';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import { RUNTIME, type Runtime } from '../../platform/config/runtime.js';
import { AuthError } from '../../platform/auth/auth.error.js';
import { SigningKeyEntity } from './signing-key.entity.js';

/** The local issuer signs with ES256 only, so it verifies nothing else (no HS256, no `none`). */
const algorithm = 'ES256';

/**
 * The fewest milliseconds between two reloads of the local keys from PostgreSQL. A token naming a
 * key this process has not loaded makes it reload (another API process may have added the key),
 * but no more often than this: a stream of forged key ids costs one query per interval, and a
 * token of a brand-new key is refused for at most this long.
 */
export const KEY_RELOAD_INTERVAL_MS = 5_000;

interface LocalKeys {
  kid: string;
  privateJwk: JWK;
  getKey: JWTVerifyGetKey;
  publicJwks: JWK[];
  /** When these keys were read, in `performance.now()` milliseconds. */
  loadedAt: number;
}

/**
 * How the designer signs in (GET /auth/config): `local` with username and password at
 * /auth/token; `oidc` through the external provider (authorization code with PKCE, the provider
 * found by discovery at `issuer`/.well-known/openid-configuration); `unavailable` when the API
 * trusts an external provider but no client is registered there for the designer (AUTH_CLIENT_ID).
 */
export type AuthConfig =
  | { mode: 'local' | 'unavailable' }
  | {
      mode: 'oidc';
      issuer: string;
      /** The designer's public client at the provider. */
      clientId: string;
      /** The scopes the designer asks for, openid among them. */
      scopes: string[];
      /** The audience (`aud`) the API requires of access tokens. */
      audience: string;
    };

const invalidToken = () => new AuthError('AUTH_INVALID_TOKEN', 401, 'The bearer token is invalid or has expired');

/**
 * Verifies bearer tokens against the configured issuer and key set. Without an external
 * OpenID Connect provider the API is its own issuer: it signs tokens for local users with a
 * key kept in PostgreSQL and publishes the public half at /.well-known/jwks.json.
 */
@Injectable()
export class TokenService {
  private readonly remoteKeys: JWTVerifyGetKey | undefined;
  private localKeys: LocalKeys | undefined;
  /** The read of the local keys under way, shared by every request that waits for it. */
  private loading: Promise<LocalKeys> | undefined;

  constructor(
    @Inject(RUNTIME) private readonly runtime: Runtime,
    @InjectRepository(SigningKeyEntity) private readonly keys: Repository<SigningKeyEntity>,
  ) {
    const external = runtime.config.auth.external;
    this.remoteKeys = external ? createRemoteJWKSet(new URL(external.jwksUri)) : undefined;
  }

  get localSignInEnabled(): boolean {
    return this.runtime.config.auth.external === undefined;
  }

  get issuer(): string {
    return this.runtime.config.auth.external?.issuer ?? this.runtime.config.auth.localIssuer;
  }

  /** What the designer needs to sign in (GET /auth/config): nothing secret, the same for everyone. */
  signInConfig(): AuthConfig {
    const { external, designerClient, audience } = this.runtime.config.auth;
    if (!external) return { mode: 'local' };
    if (!designerClient) return { mode: 'unavailable' };
    return {
      mode: 'oidc',
      issuer: external.issuer,
      clientId: designerClient.clientId,
      scopes: designerClient.scopes,
      audience,
    };
  }

  /** Returns the token's subject and when it expires, or throws AUTH_INVALID_TOKEN. */
  async verify(token: string): Promise<{ subject: string; expiresAt: number | undefined }> {
    const external = this.runtime.config.auth.external;
    // An external issuer's keys are jose's remote key set, which refetches at most every 30 s;
    // jose also refuses a key whose declared `alg` differs from the token's.
    const payload =
      this.remoteKeys && external
        ? await this.check(token, this.remoteKeys, external.algorithms).catch(() => {
            throw invalidToken();
          })
        : await this.verifyLocal(token);
    if (!payload.sub) throw invalidToken();
    return { subject: payload.sub, expiresAt: payload.exp === undefined ? undefined : payload.exp * 1000 };
  }

  /**
   * Verifies against the loaded local keys; a token of a key not among them gets one more try
   * after a reload, if the keys are older than KEY_RELOAD_INTERVAL_MS (or were reloaded meanwhile).
   */
  private async verifyLocal(token: string): Promise<JWTPayload> {
    const keys = await this.loadLocalKeys();
    try {
      return await this.check(token, keys.getKey, [algorithm]);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey)) throw error;
      const newer = await this.reloadLocalKeys(keys);
      if (!newer) throw invalidToken();
      return this.check(token, newer.getKey, [algorithm]).catch(() => {
        throw invalidToken();
      });
    }
  }

  /**
   * AUTH_INVALID_TOKEN, or jose's JWKSNoMatchingKey when only the key is unknown. jose checks the
   * algorithm against the list before it looks for a key, so other algorithms never cause a reload.
   */
  private async check(token: string, getKey: JWTVerifyGetKey, algorithms: readonly string[]): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, getKey, {
        issuer: this.issuer,
        audience: this.runtime.config.auth.audience,
        algorithms: [...algorithms],
      });
      return payload;
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey) throw error;
      throw invalidToken();
    }
  }

  async issue(subject: string): Promise<{ accessToken: string; tokenType: 'Bearer'; expiresIn: number }> {
    if (!this.localSignInEnabled) {
      throw new AuthError('AUTH_LOCAL_DISABLED', 404, 'Local sign-in is disabled: sign in with the identity provider');
    }
    const { kid, privateJwk } = await this.loadLocalKeys();
    const ttl = this.runtime.config.auth.tokenTtlSeconds;
    const accessToken = await new SignJWT({})
      .setProtectedHeader({ alg: algorithm, kid, typ: 'JWT' })
      .setIssuer(this.issuer)
      .setAudience(this.runtime.config.auth.audience)
      .setSubject(subject)
      .setIssuedAt()
      .setExpirationTime(`${ttl}s`)
      .sign(await importJWK(privateJwk, algorithm));
    return { accessToken, tokenType: 'Bearer', expiresIn: ttl };
  }

  async publicJwks(): Promise<{ keys: JWK[] }> {
    if (!this.localSignInEnabled) return { keys: [] };
    return { keys: (await this.loadLocalKeys()).publicJwks };
  }

  private loadLocalKeys(): Promise<LocalKeys> {
    if (this.localKeys) return Promise.resolve(this.localKeys);
    return (this.loading ??= this.readLocalKeys());
  }

  /** Newer keys than `seen`, or undefined when `seen` is too recent to ask PostgreSQL again. */
  private async reloadLocalKeys(seen: LocalKeys): Promise<LocalKeys | undefined> {
    if (this.loading) return this.loading;
    if (this.localKeys && this.localKeys !== seen) return this.localKeys;
    if (performance.now() - seen.loadedAt < KEY_RELOAD_INTERVAL_MS) return undefined;
    return (this.loading = this.readLocalKeys());
  }

  private async readLocalKeys(): Promise<LocalKeys> {
    try {
      let rows = await this.keys.find({ order: { createdAt: 'DESC' } });
      if (rows.length === 0) {
        const pair = await generateKeyPair(algorithm, { extractable: true });
        const kid = randomUUID();
        const privateJwk = { ...(await exportJWK(pair.privateKey)), kid, alg: algorithm };
        const publicJwk = { ...(await exportJWK(pair.publicKey)), kid, alg: algorithm, use: 'sig' };
        await this.keys.createQueryBuilder().insert().values({ kid, privateJwk, publicJwk }).orIgnore().execute();
        rows = await this.keys.find({ order: { createdAt: 'DESC' } });
      }
      const newest = rows[0];
      if (!newest) throw new Error('no signing key after creating one');
      const publicJwks = rows.map((row) => row.publicJwk);
      this.localKeys = {
        kid: newest.kid,
        privateJwk: newest.privateJwk,
        publicJwks,
        getKey: createLocalJWKSet({ keys: publicJwks }),
        loadedAt: performance.now(),
      };
      return this.localKeys;
    } finally {
      this.loading = undefined;
    }
  }
}
