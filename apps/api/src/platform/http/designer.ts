import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

const apiPaths = /^\/(api|auth|health|\.well-known)(\/|$)/;
/** A file's name ends the path (`/assets/index-1a2b.js`): a missing file is a 404, not the page. */
const fileName = /\/[^/]*\.[A-Za-z0-9]+$/;

/**
 * Serves the built designer from the API's own port, so one process is enough; unknown
 * non-API paths get index.html, for the designer's client-side routes (a bookmarked
 * `/avtal/…/version/2` loads the designer, which shows that page). A missing file stays a 404:
 * a stale script answered with HTML would break the page with a confusing MIME error.
 */
export function serveDesigner(app: NestExpressApplication, dir: string): boolean {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(dir, { index: false, maxAge: '1h', immutable: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      (req.method === 'GET' || req.method === 'HEAD') &&
      !apiPaths.test(req.path) &&
      !fileName.test(req.path) &&
      req.accepts('html')
    ) {
      res.sendFile(index, { headers: { 'Cache-Control': 'no-cache' } });
      return;
    }
    next();
  });
  return true;
}
