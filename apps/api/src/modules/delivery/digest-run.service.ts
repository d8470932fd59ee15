import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { isWorkingDay } from '@samverkan/agreements';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { Clock } from '../../platform/clock/clock.service.js';
import { RUNTIME, type Runtime } from '../../platform/config/runtime.js';
import { DIGEST_COMPOSER, type DigestComposer, type DigestSubscriber } from '../notices/notice-composer.js';
import { DeliveryDispatcher } from './delivery-dispatcher.service.js';
import { DeliveryRepository } from './delivery.repository.js';
import { DigestRepository } from './digest.repository.js';
import { digestMessageIdOf } from './message-id.js';

const ZONE = 'Europe/Stockholm';
/** The first digest of a user covers what arrived in the day before it. */
const FIRST_DIGEST_LOOKBACK_MS = 24 * 60 * 60 * 1000;

/** What one run did, for the log and the tests. */
export interface DigestRunReport {
  /** The Stockholm day it ran for; undefined when it is no digest time (not a working day, or before DIGEST_TIME). */
  day?: string;
  /** Digests written (with or without an e-mail) by this run. */
  written: number;
  /** Of those, the ones with an e-mail to send. */
  mailed: number;
}

/**
 * The daily digest (docs/notifications.md): on a working day in Europe/Stockholm, from
 * DIGEST_TIME on, each user who chose the digest gets one. The day's `digest` row and its e-mail
 * (a `delivery`, stable Message-ID from the user and the date) are written in one transaction,
 * and the unique (user, day) keeps a second out: a run repeated — every minute by the
 * scheduler, after a crash, or by two workers at once — writes nothing new and only re-enqueues
 * what is still pending, so one day never has two different digests. The e-mail then goes
 * through the e-mail channel like any notice (retries, dead letters).
 */
@Injectable()
export class DigestRun {
  private readonly logger = new Logger('Digest');

  constructor(
    @Inject(RUNTIME) private readonly runtime: Runtime,
    @Optional() @Inject(DIGEST_COMPOSER) private readonly composer: DigestComposer | null,
    private readonly dataSource: DataSource,
    private readonly digests: DigestRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly dispatcher: DeliveryDispatcher,
    private readonly clock: Clock,
  ) {}

  /** The digests due now (business time): none before DIGEST_TIME or on a day off. */
  async runDue(): Promise<DigestRunReport> {
    const now = this.clock.now();
    const day = digestDay(now, this.runtime.config.delivery.digestTime);
    if (!day || !this.composer) return { written: 0, mailed: 0 };
    const report: DigestRunReport = { day, written: 0, mailed: 0 };
    for (const subscriber of await this.composer.subscribers()) {
      const outcome = await this.digestOf(this.composer, subscriber, day, now).catch((error: unknown) => {
        this.logger.warn(`digest of user ${subscriber.userId} for ${day} failed: ${String(error)}`);
        return undefined;
      });
      if (outcome === 'written' || outcome === 'mailed') report.written += 1;
      if (outcome === 'mailed') report.mailed += 1;
    }
    return report;
  }

  private async digestOf(
    composer: DigestComposer,
    subscriber: DigestSubscriber,
    day: string,
    now: Date,
  ): Promise<'done before' | 'written' | 'mailed'> {
    const existing = await this.digests.of(subscriber.userId, day);
    if (existing) {
      // Made before (a repeat, or a crash between the commit and the enqueue): enqueue again.
      await this.dispatcher.enqueue(await this.deliveries.pendingOfDigest(existing.id));
      return 'done before';
    }
    const since =
      (await this.digests.lastUntil(subscriber.userId)) ?? new Date(now.getTime() - FIRST_DIGEST_LOOKBACK_MS);
    const composed = await composer.composeDigest(subscriber, { day, since, until: now });
    const digestId = await this.dataSource.transaction(async (db) => {
      const id = await this.digests.insert(db, {
        userId: subscriber.userId,
        day,
        since,
        until: now,
        items: composed.items,
      });
      if (id && composed.rendered) {
        const recipientKey = `email:${subscriber.address.toLowerCase()}`;
        await this.deliveries.insertDigest(db, id, {
          recipientKey,
          partyKey: subscriber.partyKey,
          kind: 'digest',
          messageId: digestMessageIdOf(subscriber.userId, day),
          content: { to: subscriber.address, ...composed.rendered },
          notBefore: now,
        });
      }
      return id;
    });
    if (!digestId) return 'done before';
    await this.dispatcher.enqueue(await this.deliveries.pendingOfDigest(digestId));
    return composed.rendered ? 'mailed' : 'written';
  }
}

/**
 * The Stockholm day a digest is due for at `now`: today, when it is a working day (as
 * libs/agreements counts them) and its wall clock has reached `time`; otherwise none.
 */
export function digestDay(now: Date, time: string): string | undefined {
  const local = DateTime.fromJSDate(now, { zone: ZONE });
  const date = local.toISODate() ?? '';
  const working = isWorkingDay(date);
  if (!working.ok || !working.value) return undefined;
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return local.hour * 60 + local.minute >= hours * 60 + minutes ? date : undefined;
}
