import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import rateLimit, { type AugmentedRequest, type Options, type Store } from 'express-rate-limit';
import { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import type { ErrorBody } from '../../platform/errors/error.filter.js';
import { RUNTIME, type Runtime } from '../../platform/config/runtime.js';
import type { AuthErrorCode } from '../../platform/auth/auth.error.js';

/**
 * Throttles local sign-in (POST /auth/token) by failures, not attempts: per client address
 * (LOGIN_MAX_FAILURES_PER_ADDRESS, default 50 per 15 min) against one machine trying many
 * names, and per username (LOGIN_MAX_FAILURES_PER_ACCOUNT, default 10 per 15 min) against many
 * machines guessing one password. A successful sign-in takes its count back. Unknown usernames
 * are counted like known ones, so a 429 tells nothing about who exists.
 *
 * The trade-off: whoever knows a username can keep its owner out, ten wrong passwords per
 * window, until the window ends; a real user with the right password is refused too while the
 * name is blocked. We accept that over unbounded guessing of passwords of people handling
 * secret case data. Operators can lift a block by deleting the account's key (below).
 *
 * With REDIS_URL the counts live in Redis (`<QUEUE_PREFIX>:login-throttle:…`), shared by every
 * API process; without it (embedded mode, one process by design) in this process's memory,
 * lost at restart.
 */
@Injectable()
export class LoginThrottle implements OnApplicationShutdown {
  private redis: Redis | undefined;
  private handlers: RequestHandler[] | undefined;

  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  /**
   * Mount on /auth/token after the JSON body parser (the per-account limit reads the username).
   * Built on first use, so a worker process, which serves no HTTP, opens no Redis connection.
   */
  middleware(): RequestHandler[] {
    return (this.handlers ??= this.build());
  }

  private build(): RequestHandler[] {
    const runtime = this.runtime;
    const { windowSeconds, maxFailuresPerAccount, maxFailuresPerAddress } = runtime.config.auth.loginThrottle;
    this.redis = runtime.queue.kind === 'redis' ? new Redis(runtime.queue.url, { maxRetriesPerRequest: 2 }) : undefined;
    const prefix = `${runtime.config.queue.prefix}:login-throttle`;
    const common = {
      windowMs: windowSeconds * 1000,
      skipSuccessfulRequests: true,
      standardHeaders: false,
      legacyHeaders: false,
      handler: throttled,
    } satisfies Partial<Options>;
    const notPost = (req: Request) => req.method !== 'POST';
    return [
      rateLimit({
        ...common,
        limit: maxFailuresPerAddress,
        skip: notPost,
        store: this.store(`${prefix}:address:`),
      }),
      rateLimit({
        ...common,
        limit: maxFailuresPerAccount,
        // A body without a username is refused by validation and counted per address only.
        skip: (req) => notPost(req) || accountKey(req.body) === undefined,
        keyGenerator: (req) => accountKey(req.body) ?? '',
        store: this.store(`${prefix}:account:`),
      }),
    ];
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }

  private store(prefix: string): Store | undefined {
    const redis = this.redis;
    if (!redis) return undefined; // express-rate-limit's MemoryStore
    return new RedisStore({
      prefix,
      sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<RedisReply>,
    });
  }
}

/**
 * The key of a username: hashed, so Redis holds no names, and folded (NFKC, lower case), so
 * `Admin` and `admin` share one count whatever the user lookup does with case.
 */
export function accountKey(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('username' in body)) return undefined;
  const { username } = body;
  if (typeof username !== 'string' || username.length === 0) return undefined;
  return createHash('sha256').update(username.normalize('NFKC').toLowerCase()).digest('base64url');
}

function throttled(req: Request, res: Response, _next: unknown, options: Options): void {
  const resetTime = (req as AugmentedRequest)[options.requestPropertyName]?.resetTime;
  const retryAfterSeconds = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now()) - Date.now()) / 1000));
  const body: ErrorBody = {
    code: 'AUTH_THROTTLED' satisfies AuthErrorCode,
    message: 'Too many failed sign-ins: try again later',
    details: { retryAfterSeconds },
  };
  res.status(429).setHeader('Retry-After', String(retryAfterSeconds)).json(body);
}
