import express, {
  type ErrorRequestHandler,
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import { AppError } from '../errors/app-error.js';

/**
 * The largest request body in general, JSON as sent: a start, an event, a routine definition
 * (the largest standard one is about 12 kB) fit many times over; anything bigger is a mistake or
 * an attack, refused before it is parsed.
 */
export const BODY_LIMIT_BYTES = 100 * 1024;

/**
 * The largest agreement draft: a seed agreement is 22–55 kB (config/agreements), so a long
 * agreement with every clause worded out still has ample room.
 */
export const AGREEMENT_BODY_LIMIT_BYTES = 1024 * 1024;

/** The routes that carry agreement content: POST /api/agreements, …/versions, PUT …/versions/:v. */
const agreementContent = /^\/api\/agreements(?:\/[^/]+\/versions(?:\/[^/]+)?)?\/?$/;
const jsonTypes = ['application/json', 'application/*+json'];

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

/** 415 for any body that is not JSON: the API reads JSON only (no forms, text or multipart). */
function requireJson(req: Request, _res: Response, next: NextFunction): void {
  const length = Number(req.headers['content-length'] ?? 0);
  const hasBody = req.headers['transfer-encoding'] !== undefined || length > 0;
  if (hasBody && !req.is(jsonTypes)) {
    next(
      new AppError('UNSUPPORTED_MEDIA_TYPE', 415, 'The request body must be JSON (Content-Type: application/json)', {
        contentType: req.headers['content-type'] ?? null,
      }),
    );
    return;
  }
  next();
}

const parseSmall = express.json({ limit: BODY_LIMIT_BYTES, type: jsonTypes });
const parseAgreement = express.json({ limit: AGREEMENT_BODY_LIMIT_BYTES, type: jsonTypes });

function parseJson(req: Request, res: Response, next: NextFunction): void {
  const large = (req.method === 'POST' || req.method === 'PUT') && agreementContent.test(req.path);
  (large ? parseAgreement : parseSmall)(req, res, next);
}

/** body-parser's "too large" as the API's 413, with the limit that applied. */
const tooLarge: ErrorRequestHandler = (error: unknown, _req, _res, next) => {
  const parserError = error as { type?: unknown; limit?: unknown };
  if (parserError?.type === 'entity.too.large' && typeof parserError.limit === 'number') {
    next(
      new AppError('PAYLOAD_TOO_LARGE', 413, `The request body is larger than ${kilobytes(parserError.limit)}`, {
        limitBytes: parserError.limit,
      }),
    );
    return;
  }
  next(error);
};

/**
 * Replaces Nest's default parsers (JSON and URL-encoded forms, 100 kB everywhere): JSON only,
 * with a larger limit for agreement content. Other parser errors (malformed JSON: 400) are
 * mapped by Nest's exception layer to the API's error body.
 */
export function jsonBodies(): (RequestHandler | ErrorRequestHandler)[] {
  return [requireJson, parseJson, tooLarge];
}
