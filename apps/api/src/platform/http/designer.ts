import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

const apiPaths = /^\/(api|auth|health|\.well-known)(\/|$)/;

/**
 * Serves the built designer from the API's own port, so one process is enough; unknown
 * non-API paths get index.html, for the designer's client-side routes.
 */
export function serveDesigner(app: NestExpressApplication, dir: string): boolean {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(dir, { index: false, maxAge: '1h', immutable: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && !apiPaths.test(req.path) && req.accepts('html')) {
      res.sendFile(index, { headers: { 'Cache-Control': 'no-cache' } });
      return;
    }
    next();
  });
  return true;
}
