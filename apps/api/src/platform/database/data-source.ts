import pg from 'pg';
import { DataSource } from 'typeorm';
import { PartyEntity } from '../../modules/identity/party.entity.js';
import { UserEntity } from '../../modules/identity/user.entity.js';
import { SigningKeyEntity } from '../../modules/auth/signing-key.entity.js';
import { WorkerHeartbeatEntity } from '../health/worker-heartbeat.entity.js';
import { Identity1732000000000 } from './migrations/1732000000000-identity.js';
import { Agreements1732000000001 } from './migrations/1732000000001-agreements.js';
import { Deadlines1732000000002 } from './migrations/1732000000002-deadlines.js';
import { Engine1732000000003 } from './migrations/1732000000003-engine.js';
import { Hardening1732000000004 } from './migrations/1732000000004-hardening.js';
import { DeadlineEntity } from '../../engine/deadlines/deadline.entity.js';
import { RoutineDefinitionEntity } from '../../engine/routines/routine-definition.entity.js';
import { InstanceEntity } from '../../engine/instance-store/instance.entity.js';
import { InstanceEventEntity } from '../../engine/instance-store/instance-event.entity.js';
import { TaskEntity } from '../../engine/tasks/task.entity.js';
import { NotificationEntity } from '../../engine/notifications/notification.entity.js';
import { AgreementEntity } from '../../modules/agreements/agreement.entity.js';
import { AgreementVersionEntity } from '../../modules/agreements/agreement-version.entity.js';
import { TemplateEntity } from '../../modules/templates/template.entity.js';
import { StrategistGrantEntity } from '../../modules/identity/strategist-grant.entity.js';
import { PartyCountyEntity } from '../../modules/identity/party-county.entity.js';
import { AuditEventEntity } from '../../modules/audit/audit-event.entity.js';

export const entities = [
  PartyEntity,
  UserEntity,
  SigningKeyEntity,
  WorkerHeartbeatEntity,
  AgreementEntity,
  AgreementVersionEntity,
  TemplateEntity,
  StrategistGrantEntity,
  PartyCountyEntity,
  AuditEventEntity,
  DeadlineEntity,
  RoutineDefinitionEntity,
  InstanceEntity,
  InstanceEventEntity,
  TaskEntity,
  NotificationEntity,
];
// Listed, not globbed: ESM has no synchronous require for TypeORM's file loader, and a list
// makes the order explicit.
export const migrations = [
  Identity1732000000000,
  Agreements1732000000001,
  Deadlines1732000000002,
  Engine1732000000003,
  Hardening1732000000004,
];

export function createDataSource(url: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  });
}

const migrationLock = 7_275_309_411; // any constant; shared by every process of this product

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so API and worker processes that
 * start together never migrate twice.
 */
export async function migrate(dataSource: DataSource, url: string): Promise<string[]> {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [migrationLock]);
    const applied = await dataSource.runMigrations();
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [migrationLock]).catch(() => undefined);
    await lock.end();
  }
}
