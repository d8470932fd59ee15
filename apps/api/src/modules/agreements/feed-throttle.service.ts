import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import rateLimit, { type AugmentedRequest, type Options } from 'express-rate-limit';
import { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import type { ErrorBody } from '../../platform/errors/error.filter.js';
import { RUNTIME, type Runtime } from '../../platform/config/runtime.js';
import type { AgreementErrorCode } from './agreements.error.js';

/** Requests per feed address per window: a calendar client polls every few minutes at most. */
export const FEED_MAX_REQUESTS = 60;
export const FEED_WINDOW_SECONDS = 15 * 60;

/**
 * Throttles the token-less calendar feeds (GET /api/feeds/…): per feed address, so a leaked
 * address cannot be used to make the server compute calendars without end. Counted in Redis
 * when there is one (shared by every API process), else in this process's memory. The key is
 * the address's hash: Redis never holds a feed secret.
 */
@Injectable()
export class FeedThrottle implements OnApplicationShutdown {
  private redis: Redis | undefined;
  private handler: RequestHandler | undefined;

  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  middleware(): RequestHandler {
    return (this.handler ??= this.build());
  }

  private build(): RequestHandler {
    const runtime = this.runtime;
    const redis =
      runtime.queue.kind === 'redis' ? new Redis(runtime.queue.url, { maxRetriesPerRequest: 2 }) : undefined;
    this.redis = redis;
    return rateLimit({
      windowMs: FEED_WINDOW_SECONDS * 1000,
      limit: FEED_MAX_REQUESTS,
      standardHeaders: false,
      legacyHeaders: false,
      keyGenerator: (req) => createHash('sha256').update(req.path).digest('base64url'),
      handler: throttled,
      ...(redis
        ? {
            store: new RedisStore({
              prefix: `${runtime.config.queue.prefix}:feed-throttle:`,
              sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<RedisReply>,
            }),
          }
        : {}),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}

function throttled(req: Request, res: Response, _next: unknown, options: Options): void {
  const resetTime = (req as AugmentedRequest)[options.requestPropertyName]?.resetTime;
  const retryAfterSeconds = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now()) - Date.now()) / 1000));
  const body: ErrorBody = {
    code: 'CALENDAR_FEED_THROTTLED' satisfies AgreementErrorCode,
    message: 'Too many requests for this calendar feed: try again later',
    details: { retryAfterSeconds },
  };
  res.status(429).setHeader('Retry-After', String(retryAfterSeconds)).json(body);
}
