import { type DynamicModule, type INestApplicationContext, Logger, type Provider } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import { AppModule, schema } from './app.module.js';
import { authMiddleware } from './platform/auth/auth.middleware.js';
import { CALLER_RESOLVER, type CallerResolver } from './platform/auth/caller-resolver.js';
import { LoginThrottle } from './modules/auth/login-throttle.service.js';
import { FeedThrottle } from './modules/agreements/feed-throttle.service.js';
import { seedAgreements } from './modules/seed/seed-agreements.js';
import { RoutineDefinitionsService } from './engine/routines/routine-definitions.service.js';
import { seedIdentity } from './modules/seed/seed-identity.js';
import type { Clock } from './platform/clock/clock.service.js';
import { type Config, redactUrl } from './platform/config/config.js';
import { createDataSource, migrate } from './platform/database/data-source.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './platform/database/embedded-postgres.js';
import { probePostgres, probeRedis } from './platform/database/probe.js';
import { jsonBodies } from './platform/http/body-parsers.js';
import { serveDesigner } from './platform/http/designer.js';
import { securityHeaders } from './platform/http/security-headers.js';
import { createLogger } from './platform/logging/logger.js';
import { openApiDocument } from './openapi/openapi-document.js';
import { requestLog } from './platform/logging/request-log.js';
import { type QueueBackend, describeBackend } from './platform/queues/queue-backend.js';
import type { Runtime } from './platform/config/runtime.js';

export interface Samverkan {
  runtime: Runtime;
  /** The HTTP application (ROLE api or all) or the bare context (ROLE worker). */
  app: INestApplicationContext;
  /** The address HTTP listens on, when it does. */
  url?: string;
  /** Drains workers, closes connections, then stops an embedded database. */
  close(): Promise<void>;
}

async function resolveDatabase(config: Config, logger: Logger) {
  if (config.database.url) {
    await probePostgres(config.database.url);
    return { url: config.database.url, mode: 'external' as const, embedded: undefined };
  }
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres({
    dataDir: config.database.dataDir,
    dataDirIsDefault: config.database.dataDirIsDefault,
    port: config.database.embeddedPort,
    log: (message) => logger.log(message),
  });
  logger.warn(
    `Embedded mode: PostgreSQL in ${embedded.dataDir} on port ${embedded.port}, jobs queued on it. ` +
      'Enough for one county on one machine, single-instance only: set DATABASE_URL and REDIS_URL to scale out.',
  );
  return { url: embedded.url, mode: 'embedded' as const, embedded };
}

async function resolveQueue(config: Config, databaseUrl: string): Promise<QueueBackend> {
  if (config.queue.redisUrl) {
    await probeRedis(config.queue.redisUrl);
    return { kind: 'redis', url: config.queue.redisUrl, prefix: config.queue.prefix };
  }
  return { kind: 'postgres', url: databaseUrl, schema: `${config.queue.prefix}_queue` };
}

/** Says loudly what delivery lacks: the product's own secrets key, or SMTP. */
function warnAboutDelivery(config: Config, logger: Logger): void {
  if (config.secrets.productDefault) {
    logger.warn(
      'SECRETS_KEY is not set: webhook secrets are encrypted with the product’s PUBLIC development key. ' +
        'Fine for a trial on one machine, never for real data: set SECRETS_KEY (32 random bytes, hex or base64).',
    );
  }
  if (!config.delivery.smtpUrl && config.role !== 'api') {
    logger.warn('SMTP_URL is not set: e-mail notices stay pending (nothing is dropped) until a worker runs with it');
  }
}

/** Starts one Samverkan process: database, migrations, seed, queues, and HTTP unless ROLE=worker. */
export interface StartOptions {
  /** Providers added to the application module, e.g. a deadline handler in a test. */
  providers?: Provider[];
  /**
   * The business clock of every module instead of the real one: a test's clock it sets and
   * moves (testing/test-clock.ts). Installed through ClockModule, so it reaches each module.
   */
  clock?: Clock;
  /** A module providing NOTICE_COMPOSER globally in place of the notices module's (a test's own). */
  noticeComposer?: DynamicModule;
  /** Modules added to the application module (a test's own; a test's composer goes in `noticeComposer`). */
  imports?: DynamicModule[];
}

export async function startSamverkan(config: Config, options: StartOptions = {}): Promise<Samverkan> {
  Logger.overrideLogger(createLogger(config.log));
  const logger = new Logger('Samverkan');
  const database = await resolveDatabase(config, logger);
  let dataSource: DataSource | undefined;
  let app: INestApplicationContext | undefined;
  try {
    const queue = await resolveQueue(config, database.url);
    dataSource = createDataSource(database.url, schema);
    await dataSource.initialize();
    const applied = await migrate(dataSource, database.url);
    if (applied.length) logger.log(`Migrations applied: ${applied.join(', ')}`);

    const runtime: Runtime = {
      config,
      database,
      queue,
      processId: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    };
    const module = AppModule.forRoot(runtime, dataSource, {
      providers: options.providers,
      clock: options.clock,
      noticeComposer: options.noticeComposer,
      imports: options.imports,
    });
    warnAboutDelivery(config, logger);
    if (config.seed.enabled) {
      await seedAgreements(dataSource, config);
      await seedIdentity(dataSource, config);
    }
    let url: string | undefined;
    const publishRoutines = async (context: INestApplicationContext) => {
      // The standard routines are part of the product, not demo data: always published.
      await context.get(RoutineDefinitionsService).seedStandard();
    };
    if (config.role === 'worker') {
      app = await NestFactory.createApplicationContext(module, { logger: createLogger(config.log) });
      await publishRoutines(app);
    } else {
      const http = await NestFactory.create<NestExpressApplication>(module, {
        logger: createLogger(config.log),
        bodyParser: false, // jsonBodies() below: JSON only, with per-route limits
      });
      app = http;
      await publishRoutines(http);
      http.disable('x-powered-by');
      http.set('trust proxy', 'loopback');
      http.use(requestLog);
      // The designer's page may reach the provider it signs in with (only when it has a client there).
      http.use(securityHeaders(config.auth.designerClient ? config.auth.external?.issuer : undefined));
      // Strangers' bodies are not even read: the token is checked first.
      // A calendar feed is read by its secret address (calendar clients send no token), throttled per address.
      http.use('/api/feeds', http.get(FeedThrottle).middleware());
      http.use(
        '/api',
        authMiddleware(http.get<CallerResolver>(CALLER_RESOLVER), ['/api/docs', '/api/docs-yaml', '/api/feeds']),
      );
      http.use(jsonBodies());
      http.use('/auth/token', http.get(LoginThrottle).middleware());
      if (!serveDesigner(http, config.designerDir)) {
        logger.warn(`The designer is not built (${config.designerDir}); run \`npx nx build designer\``);
      }
      SwaggerModule.setup('api/docs', http, openApiDocument(http), { jsonDocumentUrl: 'api/docs/openapi.json' });
      await http.listen(config.http.port, config.http.host);
      url = (await http.getUrl()).replace('[::1]', '127.0.0.1').replace('0.0.0.0', '127.0.0.1');
    }
    logger.log(
      `Samverkan started: role ${config.role}, database ${database.mode} (${redactUrl(database.url)}), ` +
        `queue ${describeBackend(queue)}${url ? `, listening on ${url}` : ''}`,
    );
    const started = app;
    return {
      runtime,
      app: started,
      url,
      close: async () => {
        await started.close();
        await database.embedded?.stop();
      },
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
    await database.embedded?.stop().catch(() => undefined);
    throw error;
  }
}
