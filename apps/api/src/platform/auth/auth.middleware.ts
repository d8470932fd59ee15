import type { NextFunction, Request, Response } from 'express';
import { toErrorBody } from '../errors/error.filter.js';
import type { AuthUser } from './auth-user.js';
import type { CallerResolver } from './caller-resolver.js';

export interface AuthenticatedRequest extends Request {
  user?: AuthUser;
}

/**
 * Mounted on /api before any route, so that every /api path, known or not, needs a token:
 * an unknown route answers 401 to a stranger and 404 only to a signed-in user.
 * The OpenAPI document (/api/docs) is public.
 */
export function authMiddleware(callers: CallerResolver, publicPrefixes: string[]) {
  return (req: AuthenticatedRequest, res: Response, next: NextFunction): void => {
    if (publicPrefixes.some((prefix) => req.originalUrl === prefix || req.originalUrl.startsWith(`${prefix}/`))) {
      next();
      return;
    }
    callers.authenticate(req.headers.authorization).then(
      (user) => {
        req.user = user;
        next();
      },
      (error: unknown) => {
        const { status, body } = toErrorBody(error);
        res.status(status).setHeader('WWW-Authenticate', 'Bearer').json(body);
      },
    );
  };
}
