import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const logger = new Logger('HTTP');

/** One structured line per request: no bodies, no query strings (they may carry case data). */
export function requestLog(req: Request, res: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    logger.log({
      method: req.method,
      path: loggedPath(req.path),
      status: res.statusCode,
      ms: Math.round(ms),
    });
  });
  next();
}

/** A calendar feed's address is its secret: the log keeps only that a feed was read. */
export function loggedPath(path: string): string {
  return path.startsWith('/api/feeds/') ? '/api/feeds/…' : path;
}
