import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** Everything the API answers, from case data to tokens: the designer and static files are not. */
const apiPaths = /^\/(api|auth)(\/|$)/;

/**
 * `no-store` on every API response rather than on the case routes alone: case data, tasks,
 * notifications and tokens must never sit in a browser's or a proxy's cache, and a new route
 * should not have to remember it.
 */
function noStore(req: Request, res: Response, next: NextFunction): void {
  if (apiPaths.test(req.path)) res.setHeader('Cache-Control', 'no-store');
  next();
}

/**
 * helmet's defaults (CSP `default-src 'self'`, `frame-ancestors 'self'`, `object-src 'none'`,
 * nosniff, `X-Frame-Options: SAMEORIGIN`, `Referrer-Policy: no-referrer`, HSTS, …) on every
 * response, designer and OpenAPI page included, less `upgrade-insecure-requests`: the service
 * is also run over plain HTTP under a local host name, where that directive would send every
 * asset request to an HTTPS port that is not there. TLS belongs to the proxy in front.
 */
export function securityHeaders(identityProvider?: string): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: { upgradeInsecureRequests: null, ...oidcSources(identityProvider) },
      },
    }),
    noStore,
  ];
}

/**
 * With an external provider the designer talks to it from the page: it reads the discovery
 * document and exchanges the code at the token endpoint (`connect-src`), and renews the session
 * in a hidden frame where the provider gives no refresh token (`frame-src`). Only the issuer's
 * origin is added; everything else stays `'self'`.
 */
function oidcSources(issuer: string | undefined): Record<string, string[]> {
  if (!issuer) return {};
  const origin = new URL(issuer).origin;
  return { connectSrc: ["'self'", origin], frameSrc: ["'self'", origin] };
}
