import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { RUNTIME, type Runtime } from '../../platform/config/runtime.js';
import { open, seal } from '../../platform/crypto/secret-box.js';
import { AppError } from '../../platform/errors/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { PartiesService } from '../parties/parties.service.js';
import { type WebhookRow, WebhookRepository } from './webhook.repository.js';

export class WebhookError extends AppError<
  'WEBHOOK_NOT_FOUND' | 'WEBHOOK_FORBIDDEN' | 'WEBHOOK_INVALID' | 'PARTY_NOT_FOUND'
> {}

/** A party's webhook as the API shows it: never its secret, except once when it is made. */
export interface WebhookView {
  partyKey: string;
  url: string;
  /** During a rotation: until when the previous secret's signature is sent too. */
  previousSecretValidUntil: string | null;
  updatedAt: string;
}

/** The answer to creating a webhook or rotating its secret: the new secret, shown this once. */
export interface WebhookSecretView extends WebhookView {
  secret: string;
}

/** The secrets a request is signed with: the current one, and the previous one while it is still valid. */
export interface WebhookTarget {
  url: string;
  secrets: string[];
}

/** How long the previous secret stays valid after a rotation (product default, stated in docs/notifications.md). */
export const ROTATION_OVERLAP_MS = 24 * 3600 * 1000;

const newSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

/**
 * Webhooks per party: the admin, or a strategist of a county the party takes part in, sets the
 * URL and rotates the secret. Secrets are sealed with SECRETS_KEY, bound to the party's key.
 */
@Injectable()
export class WebhooksService {
  constructor(
    @Inject(RUNTIME) private readonly runtime: Runtime,
    private readonly dataSource: DataSource,
    private readonly webhooks: WebhookRepository,
    private readonly parties: PartiesService,
    private readonly audit: AuditService,
  ) {}

  async get(user: AuthUser, partyKey: string): Promise<WebhookView> {
    await this.mayManage(user, partyKey);
    const row = await this.webhooks.find(partyKey);
    if (!row) throw new WebhookError('WEBHOOK_NOT_FOUND', 404, `${partyKey} has no webhook`);
    return viewOf(row);
  }

  /** Sets the URL. A new webhook answers its secret (201); a changed URL keeps the secret (200). */
  async put(
    user: AuthUser,
    partyKey: string,
    body: unknown,
  ): Promise<{ created: boolean; view: WebhookView | WebhookSecretView }> {
    await this.mayManage(user, partyKey);
    const url = urlOf(body);
    const secret = newSecret();
    const created = await this.dataSource.transaction(async (db) => {
      const made = await this.webhooks.upsert(db, partyKey, url, this.seal(secret, partyKey), user.id);
      await this.audit.record(db, user, {
        action: made ? 'webhook.created' : 'webhook.changed',
        subjectType: 'party',
        subjectId: partyKey,
        details: { url },
      });
      return made;
    });
    const row = await this.webhooks.find(partyKey);
    if (!row) throw new WebhookError('WEBHOOK_NOT_FOUND', 404, `${partyKey} has no webhook`);
    return { created, view: created ? { ...viewOf(row), secret } : viewOf(row) };
  }

  /** A new secret; the previous one is still signed with for ROTATION_OVERLAP_MS. */
  async rotate(user: AuthUser, partyKey: string): Promise<WebhookSecretView> {
    await this.mayManage(user, partyKey);
    const secret = newSecret();
    // Transport time, not business time: the overlap is for receivers switching secrets.
    const until = new Date(Date.now() + ROTATION_OVERLAP_MS);
    await this.dataSource.transaction(async (db) => {
      if (!(await this.webhooks.rotate(db, partyKey, this.seal(secret, partyKey), until, user.id))) {
        throw new WebhookError('WEBHOOK_NOT_FOUND', 404, `${partyKey} has no webhook`);
      }
      await this.audit.record(db, user, { action: 'webhook.rotated', subjectType: 'party', subjectId: partyKey });
    });
    const row = await this.webhooks.find(partyKey);
    if (!row) throw new WebhookError('WEBHOOK_NOT_FOUND', 404, `${partyKey} has no webhook`);
    return { ...viewOf(row), secret };
  }

  async remove(user: AuthUser, partyKey: string): Promise<WebhookView> {
    await this.mayManage(user, partyKey);
    const row = await this.webhooks.find(partyKey);
    if (!row) throw new WebhookError('WEBHOOK_NOT_FOUND', 404, `${partyKey} has no webhook`);
    await this.dataSource.transaction(async (db) => {
      if (!(await this.webhooks.remove(db, partyKey))) {
        throw new WebhookError('WEBHOOK_NOT_FOUND', 404, `${partyKey} has no webhook`);
      }
      await this.audit.record(db, user, { action: 'webhook.removed', subjectType: 'party', subjectId: partyKey });
    });
    return viewOf(row);
  }

  /** Where the delivery worker sends a party's notices, and what it signs with; undefined when none. */
  async target(partyKey: string): Promise<WebhookTarget | undefined> {
    const row = await this.webhooks.find(partyKey);
    if (!row) return undefined;
    const secrets = [open(this.runtime.config.secrets.key, row.secret_sealed, partyKey)];
    if (
      row.previous_secret_sealed &&
      row.previous_valid_until &&
      new Date(row.previous_valid_until).getTime() > Date.now()
    ) {
      secrets.push(open(this.runtime.config.secrets.key, row.previous_secret_sealed, partyKey));
    }
    return { url: row.url, secrets };
  }

  /** The parties of the list that have a webhook. */
  configured(partyKeys: readonly string[]): Promise<Set<string>> {
    return this.webhooks.configured(partyKeys);
  }

  private seal(secret: string, partyKey: string): string {
    return seal(this.runtime.config.secrets.key, secret, partyKey);
  }

  /** The admin, or a strategist of a county the party takes part in; 404 for an unknown party. */
  private async mayManage(user: AuthUser, partyKey: string): Promise<void> {
    const party = (await this.parties.list()).find((p) => p.key === partyKey);
    if (!party) throw new WebhookError('PARTY_NOT_FOUND', 404, `No organisation ${partyKey}`);
    if (user.roles.includes('admin')) return;
    if (user.roles.includes('strategist') && party.counties.some((county) => user.counties.includes(county))) return;
    throw new WebhookError(
      'WEBHOOK_FORBIDDEN',
      403,
      `Only the admin or a strategist of ${partyKey}'s county manages its webhook`,
    );
  }
}

function viewOf(row: WebhookRow): WebhookView {
  return {
    partyKey: row.party_key,
    url: row.url,
    previousSecretValidUntil: row.previous_valid_until ? new Date(row.previous_valid_until).toISOString() : null,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

function urlOf(body: unknown): string {
  const url = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['url'] : undefined;
  let parsed: URL | undefined;
  try {
    parsed = typeof url === 'string' && url.length <= 2000 ? new URL(url) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.username || parsed.password) {
    throw new WebhookError('WEBHOOK_INVALID', 422, 'url must be an http(s) address without credentials', {
      problems: [{ path: 'url', message: 'an http(s) URL without user or password' }],
    });
  }
  return parsed.toString();
}
