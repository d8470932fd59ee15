import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import {
  type AgreementVersion,
  calendarInputOf,
  parseTemplateRef,
  reminderLeadsOf,
  termOn,
} from '@samverkan/agreements';
import { DataSource, type EntityManager } from 'typeorm';
import { type Dispatch, DeadlineDispatcher } from '../../engine/deadlines/deadline-dispatcher.service.js';
import { DeadlineHandlers } from '../../engine/deadlines/deadline-handlers.service.js';
import { type ArmedDeadline, DeadlineRepository } from '../../engine/deadlines/deadline.repository.js';
import { InstanceRepository } from '../../engine/instance-store/instance.repository.js';
import { InstancesService } from '../../engine/instances/instances.service.js';
import { NotificationRepository } from '../../engine/notifications/notification.repository.js';
import { AGREEMENT_SOURCE, type AgreementSource } from '../../engine/ports/agreement-source.js';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { Clock } from '../../platform/clock/clock.service.js';
import { AgreementsService, type PublishedVersion, type VersionSelector } from '../agreements/agreements.service.js';
import { MeetingDatesService } from '../agreements/meeting-dates.service.js';
import {
  type DateNoticeKind,
  type NoticeFile,
  type NoticeValues,
  type PlannedReminder,
  nextReminders,
  plusDays,
} from './agreement-reminders.js';
import { nextMeetingReminders } from './meeting-reminders.js';
import type { AgreementRemindersView } from './lifecycle-views.js';
import { LIFECYCLE_ROUTINE } from './lifecycle-routine.js';

export { LIFECYCLE_ROUTINE } from './lifecycle-routine.js';
/** The kind of the deadlines that remind of the agreement's own dates; their subject is the agreement's id. */
export const AGREEMENT_DATE_DEADLINE = 'agreementDate';
/** The system event that ends a lifecycle when a newer version of its agreement is published. */
export const SUPERSEDED_EVENT = 'agreement.version.superseded';

/** What an agreement date's deadline row carries. */
interface AgreementDatePayload extends Record<string, unknown> {
  agreementKey: string;
  version: number;
  instanceId: string;
  kind: DateNoticeKind;
  about: string;
  partyKeys: string[];
  values: NoticeValues;
  bodyKey?: string;
  attachment?: NoticeFile;
}

/**
 * The agreement's own dates (issue 13). Publishing a version starts its lifecycle (the routine
 * the version binds from `agreement-lifecycle`), whose signature round opens one task per party
 * that signs and reminds those that have not (signatures: SignaturesService). Beside it, reminders of the dates the agreement implies: the
 * last day to give notice for the coming year end, each automatic renewal and each annual report
 * the agreement dates, armed as durable deadlines and re-armed for the next date when they fire.
 */
@Injectable()
export class LifecycleService implements OnModuleInit {
  private readonly logger = new Logger('Lifecycle');

  constructor(
    private readonly dataSource: DataSource,
    private readonly agreements: AgreementsService,
    @Inject(AGREEMENT_SOURCE) private readonly source: AgreementSource,
    private readonly instances: InstancesService,
    private readonly instanceRows: InstanceRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly dispatcher: DeadlineDispatcher,
    private readonly handlers: DeadlineHandlers,
    private readonly notifications: NotificationRepository,
    private readonly meetingDates: MeetingDatesService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.agreements.onPublished((db, published) => this.onPublished(db, published));
    this.handlers.register(AGREEMENT_DATE_DEADLINE, (db, deadline) => this.onDateReminder(db, deadline));
    this.meetingDates.onDated((db, dated) => this.onMeetingDated(db, dated));
  }

  /**
   * A convener dated a meeting (in that transaction): the body's invitation and minutes reminder
   * are armed again from today, so a meeting dated sooner than the one armed is invited to first.
   */
  private async onMeetingDated(
    db: EntityManager,
    dated: { agreementId: string; bodyKey: string; content: AgreementVersion },
  ): Promise<(() => Promise<void>) | void> {
    const agreement = await this.source.find(dated.agreementId);
    const published = agreement?.publishedVersion;
    if (!agreement || published === undefined) return;
    const lifecycle = await this.instanceRows.ofAgreementVersion(
      db,
      dated.agreementId,
      published,
      LIFECYCLE_ROUTINE,
      true,
    );
    if (!lifecycle) return;
    const kinds = ['meetingInvitation', 'minutesDue'] as const;
    const ofBody = (await this.deadlines.pendingOf(db, AGREEMENT_DATE_DEADLINE, dated.agreementId)).filter(
      (deadline) => {
        const payload = deadline.payload as AgreementDatePayload;
        return payload.bodyKey === dated.bodyKey && (kinds as readonly string[]).includes(payload.kind);
      },
    );
    const cancelled = await this.deadlines.cancel(
      db,
      ofBody.map((deadline) => deadline.id),
    );
    const scheduled = await this.meetingDates.scheduledOfIn(db, dated.agreementId);
    const armed = await this.arm(
      db,
      dated.agreementId,
      { key: agreement.key, version: published, instanceId: lifecycle.id },
      nextMeetingReminders(dated.content, this.clock.today(), this.clock.now(), scheduled, {
        kinds,
        bodyKey: dated.bodyKey,
      }),
    );
    return () => this.dispatcher.apply({ armed, cancelled });
  }

  /**
   * In the publishing transaction: the version published before is superseded, so its lifecycle
   * ends (its signature tasks and their reminders with it: nobody is to sign a superseded
   * version) and its date reminders are withdrawn; the version's lifecycle starts (when it binds
   * one) and its date reminders are armed.
   */
  private async onPublished(db: EntityManager, published: PublishedVersion): Promise<(() => Promise<void>) | void> {
    const ended = await this.endSuperseded(db, published);
    const cancelled = [
      ...ended,
      ...(await this.deadlines.cancel(
        db,
        (await this.deadlines.pendingOf(db, AGREEMENT_DATE_DEADLINE, published.agreementId)).map((d) => d.id),
      )),
    ];
    const binding = lifecycleBinding(published.content);
    if (!binding) {
      return cancelled.length ? () => this.dispatcher.apply({ armed: [], cancelled }) : undefined;
    }
    const input = this.lifecycleInput(published.content);
    if (!input) {
      this.logger.warn(`${published.content.key}@${published.version}: no term end, so no lifecycle is started`);
      return cancelled.length ? () => this.dispatcher.apply({ armed: [], cancelled }) : undefined;
    }
    const started = await this.instances.startInTransaction(db, {
      agreementId: published.agreementId,
      version: published.version,
      content: published.content,
      binding: binding.key,
      input,
      startedBy: published.user.id,
    });
    const armed = await this.arm(
      db,
      published.agreementId,
      { key: published.content.key, version: published.version, instanceId: started.instanceId },
      [
        ...nextReminders(published.content, this.clock.today(), this.clock.now()),
        ...nextMeetingReminders(
          published.content,
          this.clock.today(),
          this.clock.now(),
          await this.meetingDates.scheduledOf(published.agreementId),
        ),
      ],
    );
    const dispatch: Dispatch = {
      armed: [...started.dispatch.armed, ...armed],
      cancelled: [...started.dispatch.cancelled, ...cancelled],
      notifications: started.dispatch.notifications ?? [],
    };
    return () => this.dispatcher.apply(dispatch);
  }

  /**
   * Ends the lifecycles of the agreement's earlier versions that still run, through the engine's
   * step writer (a system event `agreement.version.superseded` in each one's history); returns
   * the timers that cancelled, for the queue to drop after the commit.
   */
  private async endSuperseded(db: EntityManager, published: PublishedVersion): Promise<string[]> {
    const running = await this.instanceRows.activeOfOtherVersions(
      db,
      published.agreementId,
      LIFECYCLE_ROUTINE,
      published.version,
    );
    const cancelled: string[] = [];
    for (const lifecycle of running) {
      const dispatch = await this.instances.endInTransaction(db, lifecycle.id, SUPERSEDED_EVENT, {
        supersededBy: published.version,
      });
      cancelled.push(...dispatch.cancelled);
    }
    return cancelled;
  }

  /**
   * What the lifecycle starts with: the end of the term's current period (or of the first, before
   * it starts), and the follow-up plan's due day where the agreement gives one that has not passed
   * (a plan due before the version was published was due under the version before).
   */
  private lifecycleInput(content: AgreementVersion): Record<string, unknown> | undefined {
    const today = this.clock.today();
    const term = calendarInputOf(content).term;
    if (!term) return undefined;
    const status = termOn(term, today);
    if (!status.ok) return undefined;
    const ends = status.value.inForce
      ? status.value.inForceUntil
      : status.value.reason === 'notStarted'
        ? (term.end ?? null)
        : null;
    if (!ends) return undefined;
    const planDue = content.followUp?.plan?.due;
    return { termEndsOn: ends, ...(planDue && planDue >= today ? { followUpPlanDueOn: planDue } : {}) };
  }

  private async arm(
    db: EntityManager,
    agreementId: string,
    version: { key: string; version: number; instanceId: string },
    planned: readonly PlannedReminder[],
  ) {
    return this.deadlines.arm(
      db,
      planned.map((reminder) => ({
        kind: AGREEMENT_DATE_DEADLINE,
        subjectId: agreementId,
        dueAt: reminder.remindAt,
        payload: {
          agreementKey: version.key,
          version: version.version,
          instanceId: version.instanceId,
          kind: reminder.kind,
          about: reminder.about,
          partyKeys: reminder.partyKeys,
          values: reminder.values,
          ...(reminder.bodyKey ? { bodyKey: reminder.bodyKey } : {}),
          ...(reminder.attachment ? { attachment: reminder.attachment } : {}),
        } satisfies AgreementDatePayload,
      })),
    );
  }

  /**
   * A date's reminder fell due: the notice is queued (in this transaction: the outbox) to the
   * parties it concerns, and the reminder of the next such date is armed, while the version is
   * still the published one and its lifecycle runs.
   */
  private async onDateReminder(db: EntityManager, deadline: ArmedDeadline): Promise<Dispatch> {
    const payload = deadline.payload as AgreementDatePayload;
    const lifecycle = await this.instanceRows.load(db, payload.instanceId);
    const agreement = await this.source.find(payload.agreementKey);
    if (lifecycle?.status !== 'active' || agreement?.publishedVersion !== payload.version) {
      return { armed: [], cancelled: [] };
    }
    const version = await this.source.version(payload.agreementKey, payload.version);
    const scheduled = await this.meetingDates.scheduledOfIn(db, deadline.subjectId);
    // A period whose meetings have all been dated meanwhile needs no notice to date them.
    const stillShort =
      payload.kind !== 'meetingToSchedule' ||
      (version !== undefined &&
        payload.bodyKey !== undefined &&
        nextMeetingReminders(version.content, this.clock.today(), this.clock.now(), scheduled, {
          kinds: ['meetingToSchedule'],
          bodyKey: payload.bodyKey,
        })[0]?.about === payload.about);
    const notifications = !stillShort
      ? []
      : await this.notifications.queueNotices(
          db,
          [
            {
              instanceId: payload.instanceId,
              notice: {
                kind: payload.kind,
                values: payload.values,
                ...(payload.attachment ? { attachment: payload.attachment } : {}),
              },
              recipientRole: 'signatory',
              recipientPartyKeys: payload.partyKeys,
            },
          ],
          this.clock.now(),
        );
    const next = version ? this.nextOfKind(version.content, payload, scheduled) : [];
    const armed = await this.arm(
      db,
      deadline.subjectId,
      { key: payload.agreementKey, version: payload.version, instanceId: payload.instanceId },
      next,
    );
    return { armed, cancelled: [], notifications };
  }

  /** The reminder of the next date of the same kind (and body) after the one that fired. */
  private nextOfKind(
    content: AgreementVersion,
    fired: AgreementDatePayload,
    scheduled: ReadonlyMap<string, readonly string[]>,
  ): PlannedReminder[] {
    const from = plusDays(fired.about, 1);
    const now = this.clock.now();
    if (fired.kind === 'meetingInvitation' || fired.kind === 'minutesDue' || fired.kind === 'meetingToSchedule') {
      return fired.bodyKey
        ? nextMeetingReminders(content, from, now, scheduled, { kinds: [fired.kind], bodyKey: fired.bodyKey })
        : [];
    }
    return nextReminders(content, from, now, fired.kind);
  }

  /** The lead times of the date reminders (the county's or the product's, marked) and the reminders armed for the version. */
  async reminders(user: AuthUser, agreement: string, selector: VersionSelector): Promise<AgreementRemindersView> {
    const { agreement: row, row: version, content } = await this.agreements.resolvedVersion(user, agreement, selector);
    const pending = await this.deadlines.pendingOf(this.dataSource.manager, AGREEMENT_DATE_DEADLINE, row.id);
    return {
      agreement: row.key,
      version: version.version,
      leads: reminderLeadsOf(content),
      upcoming: pending
        .map((deadline) => ({ deadline, payload: deadline.payload as AgreementDatePayload }))
        .filter(({ payload }) => payload.version === version.version)
        .map(({ deadline, payload }) => ({
          kind: payload.kind,
          about: payload.about,
          remindAt: deadline.dueAt.toISOString(),
          parties: payload.partyKeys,
        })),
    };
  }
}

/** The binding of the routine that runs the version's own life, if it binds one. */
function lifecycleBinding(content: AgreementVersion) {
  return content.routines?.find((r) => (parseTemplateRef(r.template)?.key ?? r.template) === LIFECYCLE_ROUTINE);
}
