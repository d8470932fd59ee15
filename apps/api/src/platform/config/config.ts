import path from 'node:path';
import { z } from 'zod';

/** What one process does: serve HTTP and enqueue, run the job processors, or both. */
export type ProcessRole = 'api' | 'worker' | 'all';
const PROCESS_ROLES = ['api', 'worker', 'all'] as const satisfies readonly ProcessRole[];

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const optionalUrl = (protocols: string[]) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .url()
      .refine((url) => protocols.includes(new URL(url).protocol), `must start with ${protocols.join(' or ')}//`)
      .optional(),
  );
const count = (fallback: number, min = 1) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).default(fallback));

/**
 * Algorithms a token of an external issuer may be signed with: asymmetric only, so a public key
 * can never serve as a shared secret (HS256) and `none` is never accepted.
 */
export const externalTokenAlgorithms = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const;

const flag = (fallback: boolean) =>
  z
    .preprocess(emptyAsUndefined, z.enum(['true', 'false', '1', '0']).optional())
    .transform((value) => (value === undefined ? fallback : value === 'true' || value === '1'));

/** Every setting the service reads from its environment; see the README's configuration table. */
export const configSchema = z.object({
  ROLE: z.preprocess(emptyAsUndefined, z.enum(PROCESS_ROLES).default('all')),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.preprocess(emptyAsUndefined, z.string().default('0.0.0.0')),
  DATABASE_URL: optionalUrl(['postgres:', 'postgresql:']),
  REDIS_URL: optionalUrl(['redis:', 'rediss:']),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('.data')),
  EMBEDDED_PG_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).optional()),
  QUEUE_PREFIX: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/)
      .default('samverkan'),
  ),
  AUTH_ISSUER: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  AUTH_JWKS_URI: optionalUrl(['http:', 'https:']),
  /**
   * Default RS256 and ES256: what OpenID Connect providers sign with out of the box (RS256 is the
   * one every provider must support). Narrow it to the provider's algorithm in production.
   */
  AUTH_ALGORITHMS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default('RS256,ES256')
      .transform((list) => list.split(',').map((name) => name.trim()))
      .pipe(z.array(z.enum(externalTokenAlgorithms)).min(1)),
  ),
  AUTH_AUDIENCE: z.preprocess(emptyAsUndefined, z.string().min(1).default('samverkan')),
  /** The designer's client at the external provider (public, authorization code with PKCE). */
  AUTH_CLIENT_ID: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  AUTH_CLIENT_SCOPES: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default('openid profile')
      .transform((list) => list.split(/\s+/).filter((scope) => scope !== ''))
      .pipe(z.array(z.string()).refine((scopes) => scopes.includes('openid'), 'must include openid')),
  ),
  AUTH_TOKEN_TTL: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number()
      .int()
      .min(60)
      .default(8 * 3600),
  ),
  // Failed sign-ins (POST /auth/token) per window before 429: see modules/auth/login-throttle.ts.
  LOGIN_WINDOW_SECONDS: count(15 * 60),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: count(10),
  LOGIN_MAX_FAILURES_PER_ADDRESS: count(50),
  SEED: flag(true),
  SEED_PASSWORD: z.preprocess(emptyAsUndefined, z.string().min(8).default('samverkan')),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log')),
  LOG_FORMAT: z.preprocess(emptyAsUndefined, z.enum(['json', 'text']).default('json')),
  DESIGNER_DIR: z.preprocess(emptyAsUndefined, z.string().optional()),
  CONFIG_DIR: z.preprocess(emptyAsUndefined, z.string().optional()),
  CHROMIUM_PATH: z.preprocess(emptyAsUndefined, z.string().default('/usr/bin/chromium')),
  RECONCILE_INTERVAL_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(200).default(60_000)),
  HEARTBEAT_INTERVAL_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(100).default(30_000)),
  SHUTDOWN_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1000).default(30_000)),
});

export type Env = z.infer<typeof configSchema>;

export interface Config {
  role: ProcessRole;
  http: { host: string; port: number };
  /** `dataDirIsDefault`: DATA_DIR was not set, so the embedded data may go where root's `postgres` reaches it. */
  database: { url?: string; dataDir: string; dataDirIsDefault: boolean; embeddedPort?: number };
  queue: { redisUrl?: string; prefix: string };
  auth: {
    /** External OpenID Connect provider; when absent the API signs its own tokens. */
    external?: { issuer: string; jwksUri: string; algorithms: Env['AUTH_ALGORITHMS'] };
    /**
     * How the designer signs in at the external provider (GET /auth/config); absent when no
     * client is registered for it, and then the designer cannot sign in (integrations still can).
     */
    designerClient?: { clientId: string; scopes: string[] };
    localIssuer: string;
    audience: string;
    tokenTtlSeconds: number;
    /** Failed local sign-ins allowed per window, per username and per client address. */
    loginThrottle: { windowSeconds: number; maxFailuresPerAccount: number; maxFailuresPerAddress: number };
  };
  seed: { enabled: boolean; password: string };
  log: { level: Env['LOG_LEVEL']; format: Env['LOG_FORMAT'] };
  designerDir: string;
  configDir: string;
  heartbeatIntervalMs: number;
  /** How often the reconciler re-enqueues pending deadlines the queue lacks. */
  reconcileIntervalMs: number;
  /** Chromium for PDF documents. */
  chromiumPath: string;
  shutdownTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
  }
}

/** Parses the environment once at start; every problem is reported together. */
export function loadConfig(env: NodeJS.ProcessEnv, workspaceRoot: string): Config {
  const parsed = configSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '?'), message: issue.message }));
  // Checked beside the schema, not in it: zod skips refinements once a field has failed.
  if (env['AUTH_JWKS_URI'] && !env['AUTH_ISSUER']) {
    problems.push({ variable: 'AUTH_ISSUER', message: 'is required when AUTH_JWKS_URI is set' });
  }
  if (env['AUTH_CLIENT_ID']) problems.push(...designerClientProblems(env));
  if (!parsed.success || problems.length) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    role: e.ROLE,
    http: { host: e.HOST, port: e.PORT },
    database: {
      url: e.DATABASE_URL,
      dataDir: path.resolve(workspaceRoot, e.DATA_DIR),
      dataDirIsDefault: emptyAsUndefined(env['DATA_DIR']) === undefined,
      embeddedPort: e.EMBEDDED_PG_PORT,
    },
    queue: { redisUrl: e.REDIS_URL, prefix: e.QUEUE_PREFIX },
    auth: {
      external:
        e.AUTH_JWKS_URI && e.AUTH_ISSUER
          ? { issuer: e.AUTH_ISSUER, jwksUri: e.AUTH_JWKS_URI, algorithms: e.AUTH_ALGORITHMS }
          : undefined,
      designerClient:
        e.AUTH_JWKS_URI && e.AUTH_CLIENT_ID ? { clientId: e.AUTH_CLIENT_ID, scopes: e.AUTH_CLIENT_SCOPES } : undefined,
      localIssuer: e.AUTH_ISSUER ?? 'urn:samverkan:local',
      audience: e.AUTH_AUDIENCE,
      tokenTtlSeconds: e.AUTH_TOKEN_TTL,
      loginThrottle: {
        windowSeconds: e.LOGIN_WINDOW_SECONDS,
        maxFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
        maxFailuresPerAddress: e.LOGIN_MAX_FAILURES_PER_ADDRESS,
      },
    },
    seed: { enabled: e.SEED, password: e.SEED_PASSWORD },
    log: { level: e.LOG_LEVEL, format: e.LOG_FORMAT },
    designerDir: path.resolve(workspaceRoot, e.DESIGNER_DIR ?? 'apps/designer/dist'),
    configDir: path.resolve(workspaceRoot, e.CONFIG_DIR ?? 'config'),
    heartbeatIntervalMs: e.HEARTBEAT_INTERVAL_MS,
    reconcileIntervalMs: e.RECONCILE_INTERVAL_MS,
    chromiumPath: e.CHROMIUM_PATH,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
  };
}

/**
 * The designer's client needs an external provider, and finds it by discovery at
 * `AUTH_ISSUER/.well-known/openid-configuration`: the issuer must then be an http(s) address.
 */
function designerClientProblems(env: NodeJS.ProcessEnv): { variable: string; message: string }[] {
  if (!env['AUTH_JWKS_URI']) {
    return [{ variable: 'AUTH_CLIENT_ID', message: 'needs an external provider (AUTH_ISSUER and AUTH_JWKS_URI)' }];
  }
  const issuer = env['AUTH_ISSUER'];
  if (!issuer) return []; // reported as missing already
  let protocol = '';
  try {
    protocol = new URL(issuer).protocol;
  } catch {
    // not a URL: reported below
  }
  return protocol === 'https:' || protocol === 'http:'
    ? []
    : [
        {
          variable: 'AUTH_ISSUER',
          message: 'must be an http(s) address when AUTH_CLIENT_ID is set (OpenID discovery)',
        },
      ];
}

/** A URL with its password hidden, for logs and /health. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
