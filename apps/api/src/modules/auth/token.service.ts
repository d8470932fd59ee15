import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type JWK,
  type JWTVerifyGetKey,
  SignJWT,
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
} from 'jose';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import { RUNTIME, type Runtime } from '../../platform/runtime.js';
import { AuthError } from './auth.error.js';
import { SigningKeyEntity } from './signing-key.entity.js';

const algorithm = 'ES256';

/**
 * Verifies bearer tokens against the configured issuer and key set. Without an external
 * OpenID Connect provider the API is its own issuer: it signs tokens for local users with a
 * key kept in PostgreSQL and publishes the public half at /.well-known/jwks.json.
 */
@Injectable()
export class TokenService {
  private readonly remoteKeys: JWTVerifyGetKey | undefined;
  private localKeys: { kid: string; privateJwk: JWK; getKey: JWTVerifyGetKey; publicJwks: JWK[] } | undefined;

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

  /** Returns the token's subject, or throws AUTH_INVALID_TOKEN. */
  async verify(token: string): Promise<string> {
    const getKey = this.remoteKeys ?? (await this.loadLocalKeys()).getKey;
    try {
      const { payload } = await jwtVerify(token, getKey, {
        issuer: this.issuer,
        audience: this.runtime.config.auth.audience,
        algorithms: ['ES256', 'ES384', 'RS256', 'RS384', 'RS512', 'PS256', 'EdDSA'],
      });
      if (!payload.sub) throw new Error('no subject');
      return payload.sub;
    } catch (error) {
      // A token signed by a key added by another API process since we last loaded: reload once.
      if (!this.remoteKeys && (error as { code?: string }).code === 'ERR_JWKS_NO_MATCHING_KEY' && this.localKeys) {
        this.localKeys = undefined;
        return this.verify(token);
      }
      throw new AuthError('AUTH_INVALID_TOKEN', 401, 'The bearer token is invalid or has expired');
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

  private async loadLocalKeys() {
    if (this.localKeys) return this.localKeys;
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
    };
    return this.localKeys;
  }
}
