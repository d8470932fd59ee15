import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type AgreementVersion,
  checkNoticeTemplatePart,
  defaultNoticeTemplates,
  formatStockholmTime,
  type NoticeKind,
  type NoticeModel,
  type NoticeTemplate,
  renderNotice,
  type RenderedNotice,
} from '@samverkan/agreements';
import { findPersonalData, type RoutineDefinition } from '@samverkan/workflows';
import { DataSource } from 'typeorm';
import { AGREEMENT_SOURCE, type AgreementSource } from '../../engine/ports/agreement-source.js';
import { InstanceRepository } from '../../engine/instance-store/instance.repository.js';
import type { NotificationRow } from '../../engine/notifications/notification.repository.js';
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
    const kind = noticeKindOf(row, tasks);
    const names = await this.partyNames([
      ...row.recipient_party_keys,
      ...tasks.flatMap((t) => taskAsNotified(taskRows, t.key, createdAt)?.party_keys ?? []),
    ]);
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
