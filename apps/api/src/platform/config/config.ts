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
  NODE_ENV: z.preprocess(emptyAsUndefined, z.string().optional()),
  // Delivery of notices (docs/notifications.md, "Delivery").
  SMTP_URL: optionalUrl(['smtp:', 'smtps:']),
  SMTP_FROM: z.preprocess(emptyAsUndefined, z.string().min(3).default('Samverkan <noreply@samverkan.invalid>')),
  PUBLIC_URL: z.preprocess(emptyAsUndefined, z.string().url().default('http://localhost:3000')),
  SECRETS_KEY: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .refine((key) => secretsKeyBytes(key)?.length === 32, 'must be 32 bytes, as 64 hex digits or base64')
      .optional(),
  ),
  WORKING_HOURS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'must read HH:MM-HH:MM, e.g. 08:00-17:00')
      .refine((span) => {
        const [from = '', to = ''] = span.split('-');
        return from < to;
      }, 'must end after it starts')
      .default('08:00-17:00'),
  ),
  DELIVERY_ATTEMPTS: count(8),
  DELIVERY_BACKOFF_MS: count(30_000, 10),
  WEBHOOK_TIMEOUT_MS: count(10_000, 100),
  // The daily digest's time on working days, Stockholm time (product default 07:00: before the
  // working day, so it is read first thing).
  DIGEST_TIME: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must read HH:MM, e.g. 07:00')
      .default('07:00'),
  ),
});

/** SECRETS_KEY's 32 bytes: 64 hex digits, or base64; undefined when it is neither. */
export function secretsKeyBytes(key: string): Buffer | undefined {
  if (/^[0-9a-f]{64}$/i.test(key)) return Buffer.from(key, 'hex');
  if (/^[A-Za-z0-9+/]{43}=?$/.test(key)) return Buffer.from(key, 'base64');
  return undefined;
}

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
  delivery: {
    /** Unset: e-mail deliveries stay pending (never dropped), and the admin view says so. */
    smtpUrl?: string;
    from: string;
    /** Where links in notices point (the designer's case page). */
    publicUrl: string;
    /** Working hours in Europe/Stockholm, `HH:MM` each; weekdays except Swedish public holidays. */
    workingHours: { from: string; to: string };
    /** Attempts per message before it becomes a dead letter, and the first backoff (doubling). */
    attempts: number;
    backoffMs: number;
    webhookTimeoutMs: number;
    /** The daily digest's time, `HH:MM` in Europe/Stockholm, on working days (DIGEST_TIME; 07:00 the product default). */
    digestTime: string;
  };
  /**
   * The key that encrypts stored secrets (webhook secrets). `productDefault`: none was set and
   * this is not production, so the product's own key is used, loudly warned at start.
   */
  secrets: { key: Buffer; productDefault: boolean };
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
  const production = env['NODE_ENV'] === 'production';
  if (production && !env['SECRETS_KEY']) {
    problems.push({ variable: 'SECRETS_KEY', message: 'is required in production (NODE_ENV=production)' });
  }
  if (!parsed.success || problems.length) throw new ConfigError(problems);
  const e = parsed.data;
  const [workFrom = '08:00', workTo = '17:00'] = e.WORKING_HOURS.split('-');
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
    delivery: {
      smtpUrl: e.SMTP_URL,
      from: e.SMTP_FROM,
      publicUrl: e.PUBLIC_URL.replace(/\/+$/, ''),
      workingHours: { from: workFrom, to: workTo },
      attempts: e.DELIVERY_ATTEMPTS,
      backoffMs: e.DELIVERY_BACKOFF_MS,
      webhookTimeoutMs: e.WEBHOOK_TIMEOUT_MS,
      digestTime: e.DIGEST_TIME,
    },
    secrets: e.SECRETS_KEY
      ? { key: secretsKeyBytes(e.SECRETS_KEY) ?? PRODUCT_DEFAULT_SECRETS_KEY, productDefault: false }
      : { key: PRODUCT_DEFAULT_SECRETS_KEY, productDefault: true },
  };
}

/**
 * The product's own key for stored secrets, used only outside production when SECRETS_KEY is
 * unset (embedded and development runs), with a loud warning at start: it is public, so secrets
 * encrypted with it are as good as plain text to anyone who reads the database.
 */
const PRODUCT_DEFAULT_SECRETS_KEY = Buffer.from('samverkan-development-only-key!!', 'utf8');

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
