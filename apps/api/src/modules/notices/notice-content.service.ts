import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type AgreementVersion,
  checkNoticeTemplatePart,
  defaultNoticeTemplates,
  formatStockholmTime,
  isNoticeKind,
  type NoticeKind,
  type NoticeModel,
  type NoticeTemplate,
  renderNotice,
  type RenderedNotice,
} from '@samverkan/agreements';
import { findPersonalData, type RoutineDefinition } from '@samverkan/workflows';
import { DataSource } from 'typeorm';
import { AGREEMENT_SOURCE, type AgreementSource, type SourcedVersion } from '../../engine/ports/agreement-source.js';
import { InstanceRepository, type InstanceRow } from '../../engine/instance-store/instance.repository.js';
import type { NotificationRow } from '../../engine/notifications/notification.repository.js';
import type { NoticeAttachment } from './notice-composer.js';
import { RoutineDefinitionsService } from '../../engine/routines/routine-definitions.service.js';
import { TaskRepository, type TaskRow } from '../../engine/tasks/task.repository.js';
import { RUNTIME, type Runtime } from '../../platform/config/runtime.js';

/** What a notification is about, read once and rendered for each party it is addressed to. */
export interface NoticeSubject {
  notificationId: string;
  kind: NoticeKind;
  /** Acute consultation or an escalation: sent outside working hours too. */
  urgent: boolean;
  instanceId: string;
  caseRef: string;
  link: string;
  tasks: { key: string; title: string; dueAt: Date | null }[];
  createdAt: Date;
  /** The model without the recipient, and the template after the county's overrides. */
  model: NoticeModel;
  template: NoticeTemplate;
  recipientRoleTitle: string;
  /** Names of the parties it concerns, by key. */
  partyNames: ReadonlyMap<string, string>;
  /** Files its e-mails carry (a meeting invitation's `.ics`). */
  attachments?: NoticeAttachment[];
}

/** A notice as one party receives it; `rendered` is absent when the PII guard refused it. */
export interface PartyNotice {
  partyKey: string;
  rendered: RenderedNotice | undefined;
}

/** A task's due time when it has none (reminders come with deadlines, so rarely seen). */
const NO_DUE_TIME = 'ej angiven tid';

/**
 * What a notice says: the task, the routine, the case's pseudonymous reference, the due time in
 * Stockholm time, the party that owes it and a link to the case, rendered from the county's
 * template (or the product's) — and nothing about the person the case concerns. Every rendered
 * notice passes the PII guard before anyone may send or show it.
 */
@Injectable()
export class NoticeContentService {
  private readonly logger = new Logger('notices');

  constructor(
    private readonly dataSource: DataSource,
    private readonly instances: InstanceRepository,
    private readonly tasks: TaskRepository,
    private readonly routines: RoutineDefinitionsService,
    @Inject(AGREEMENT_SOURCE) private readonly agreements: AgreementSource,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  /** What the notification is about, or undefined when its case is gone. */
  async subjectOf(row: NotificationRow): Promise<NoticeSubject | undefined> {
    const instance = await this.instances.load(this.dataSource.manager, row.instance_id);
    if (!instance) return undefined;
    const [definition, version, taskRows] = await Promise.all([
      this.routines.get(instance.routine_key, instance.routine_version),
      this.agreements.version(instance.bindings.agreementKey, instance.agreement_version),
      this.tasks.ofInstance(instance.id),
    ]);
    const createdAt = new Date(row.created_at);
    const tasks = row.task_keys.flatMap((key) => {
      const task = taskAsNotified(taskRows, key, createdAt);
      return task ? [{ key, title: task.title, dueAt: task.due_at === null ? null : new Date(task.due_at) }] : [];
    });
    const names = await this.partyNames([
      ...row.recipient_party_keys,
      ...tasks.flatMap((t) => taskAsNotified(taskRows, t.key, createdAt)?.party_keys ?? []),
    ]);
    const about = agreementNoticeOf(row, instance.routine_key, tasks);
    if (about) return this.agreementSubject(row, about, { instance, definition, version, taskRows, tasks, names });
    const kind = noticeKindOf(row, tasks);
    const owedBy = [...new Set(tasks.flatMap((t) => taskAsNotified(taskRows, t.key, createdAt)?.party_keys ?? []))].map(
      (key) => names.get(key) ?? key,
    );
    const link = `${this.runtime.config.delivery.publicUrl}/cases/${instance.id}`;
    const listed = tasks.map((t) => ({ title: t.title, due: t.dueAt ? formatStockholmTime(t.dueAt) : NO_DUE_TIME }));
    const content = version?.content;
    return {
      notificationId: row.id,
      kind,
      urgent: kind === 'escalation' || instance.snapshot.context.records['consultationType'] === 'acute',
      instanceId: instance.id,
      caseRef: instance.case_ref,
      link,
      tasks,
      createdAt,
      recipientRoleTitle: roleTitle(definition, row.recipient_role),
      model: {
        case: { ref: instance.case_ref, link },
        routine: { title: definition.title },
        agreement: { title: content?.shortName ?? content?.title ?? instance.bindings.agreementKey },
        task: listed[0] ?? { title: '', due: NO_DUE_TIME },
        tasks: listed,
        owedBy: owedBy.join(', '),
      },
      template: templateFor(content, kind),
      partyNames: names,
    };
  }

  /**
   * A notice about the agreement itself (its signature round, dates, meetings): the agreement's
   * variables and the kind's own, and a link to the version's page rather than to a case.
   */
  private agreementSubject(
    row: NotificationRow,
    about: { kind: NoticeKind; model: NoticeModel },
    read: {
      instance: InstanceRow;
      definition: RoutineDefinition;
      version: SourcedVersion | undefined;
      taskRows: readonly TaskRow[];
      tasks: NoticeSubject['tasks'];
      names: Map<string, string>;
    },
  ): NoticeSubject {
    const { instance, definition, version, taskRows, tasks, names } = read;
    const createdAt = new Date(row.created_at);
    const agreementKey = instance.bindings.agreementKey;
    const link = `${this.runtime.config.delivery.publicUrl}/avtal/${encodeURIComponent(agreementKey)}/version/${instance.agreement_version}`;
    const owing = [...new Set(tasks.flatMap((t) => taskAsNotified(taskRows, t.key, createdAt)?.party_keys ?? []))];
    const content = version?.content;
    const first = tasks[0];
    return {
      notificationId: row.id,
      kind: about.kind,
      urgent: false,
      instanceId: instance.id,
      caseRef: instance.case_ref,
      link,
      tasks,
      createdAt,
      recipientRoleTitle: roleTitle(definition, row.recipient_role),
      model: {
        agreement: {
          title: content?.shortName ?? content?.title ?? agreementKey,
          version: String(instance.agreement_version),
          link,
        },
        party: owing.map((key) => names.get(key) ?? key).join(', '),
        ...(first
          ? { followUp: { duty: first.title, due: first.dueAt ? formatStockholmTime(first.dueAt) : NO_DUE_TIME } }
          : {}),
        ...about.model,
      },
      template: templateFor(content, about.kind),
      partyNames: names,
      ...(row.notice?.attachment ? { attachments: [row.notice.attachment] } : {}),
    };
  }

  /** The notice as one party receives it: its name as the recipient, then the PII guard. */
  forParty(subject: NoticeSubject, partyKey: string): PartyNotice {
    const model = {
      ...subject.model,
      recipient: { party: subject.partyNames.get(partyKey) ?? partyKey, role: subject.recipientRoleTitle },
    };
    const rendered = renderNotice(subject.template, model);
    if (!passesPrivacyGuard(rendered, subject.link)) {
      // The notice itself is not logged: it may be what must not be written anywhere.
      this.logger.warn(`notification ${subject.notificationId}: a rendered notice tripped the PII guard; not sent`);
      return { partyKey, rendered: undefined };
    }
    return { partyKey, rendered };
  }

  private async partyNames(keys: readonly string[]): Promise<Map<string, string>> {
    const rows: { key: string; name: string }[] = await this.dataSource.query(
      'SELECT key, name FROM party WHERE key = ANY($1::text[])',
      [[...new Set(keys)]],
    );
    return new Map(rows.map((row) => [row.key, row.name]));
  }
}

/**
 * The PII guard over a rendered notice. The case link is the system's own (the public address
 * and the case's id) and is taken out first: the digits of an id can look like a phone number.
 */
export function passesPrivacyGuard(rendered: RenderedNotice, link: string): boolean {
  const escapedLink = link.replace(/&/g, '&amp;').replace(/=/g, '&#x3D;');
  const without = (text: string) => text.split(link).join('').split(escapedLink).join('');
  return (
    findPersonalData({ subject: without(rendered.subject), text: without(rendered.text), html: without(rendered.html) })
      .length === 0
  );
}

/** The task row a notification meant: the latest of that key opened by the time it was written. */
function taskAsNotified(rows: readonly TaskRow[], key: string, at: Date): TaskRow | undefined {
  const opened = rows.filter((row) => row.key === key && new Date(row.opened_at) <= at);
  return opened[opened.length - 1] ?? rows.filter((row) => row.key === key).pop();
}

/**
 * A new task is `taskAssigned`; a reminder before the earliest due time is `dueSoon`, at or
 * after it `overdue`; an escalation is `escalation`.
 */
function noticeKindOf(row: NotificationRow, tasks: readonly { dueAt: Date | null }[]): NoticeKind {
  if (row.kind === 'taskAssigned' || row.kind === 'escalation') return row.kind;
  const due = tasks.flatMap((t) => (t.dueAt ? [t.dueAt.getTime()] : []));
  if (due.length === 0) return 'dueSoon';
  return new Date(row.created_at).getTime() < Math.min(...due) ? 'dueSoon' : 'overdue';
}

/** The tasks of the agreement's lifecycle whose reminders are notices about the agreement itself. */
const lifecycleNotices: Record<string, NoticeKind> = {
  sign: 'signaturePending',
  followUpPlan: 'followUpDue',
  annualReport: 'followUpDue',
};

/**
 * A notice about the agreement itself, or undefined for one about a case: a date's reminder
 * (`notice`, with its values under the kind's variable), or a reminder or escalation of the
 * lifecycle's signature, follow-up plan or annual report tasks (`sign:<party>`: one per party).
 */
function agreementNoticeOf(
  row: NotificationRow,
  routineKey: string,
  tasks: readonly { key: string }[],
): { kind: NoticeKind; model: NoticeModel } | undefined {
  // The values are the kind's own variables, written by the lifecycle module as its kind shapes them.
  if (row.notice && isNoticeKind(row.notice.kind))
    return { kind: row.notice.kind, model: row.notice.values as NoticeModel };
  // A new task of the lifecycle (each party's signature) is told like any new task.
  if (routineKey !== 'agreement-lifecycle' || row.kind === 'taskAssigned') return undefined;
  const kinds = new Set(tasks.map((task) => lifecycleNotices[task.key.split(':')[0] ?? '']));
  const [kind] = kinds;
  return kinds.size === 1 && kind ? { kind, model: {} } : undefined;
}

function roleTitle(definition: RoutineDefinition, role: string): string {
  return definition.roles[role]?.title ?? role;
}

/**
 * The county's template for the kind, each part it overrides in place of the product's. A part
 * that does not pass the check (a version saved before checks existed) falls back to the
 * product's part rather than fail a reminder.
 */
export function templateFor(content: AgreementVersion | undefined, kind: NoticeKind): NoticeTemplate {
  const defaults = defaultNoticeTemplates[kind];
  // The digest is no county's to word (CountyNoticeKind): always the product's.
  const override = kind === 'digest' ? undefined : content?.noticeTemplates?.[kind];
  const part = (name: keyof NoticeTemplate) => {
    const source = override?.[name];
    return source !== undefined && checkNoticeTemplatePart(kind, name, source).length === 0 ? source : defaults[name];
  };
  return { subject: part('subject'), text: part('text'), html: part('html') };
}
