import { Injectable } from '@nestjs/common';
import { calendarBetween, calendarInputOf } from '@samverkan/agreements';
import { Clock } from '../../platform/clock.js';
import { AgreementsService } from '../../modules/agreements/agreements.service.js';
import type { AuthUser } from '../../modules/auth/auth-user.js';
import { EngineError } from '../engine.error.js';

/**
 * How far ahead a slot is looked for: some eight weeks of a weekly rhythm. The search reads only
 * the consultation body's meetings of that range, within the calendar's budget and entry limit.
 */
const horizonDays = 60;

/**
 * The next fixed consultation time (Jämtland §12: "samråd på fasta tider varje vecka"): the
 * first meeting after now of the agreement's consultation body, from its RFC 5545 cadence in
 * Europe/Stockholm, in the version the case started on.
 */
@Injectable()
export class ConsultationSlots {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly clock: Clock,
  ) {}

  async next(user: AuthUser, agreementKey: string, agreementVersion: number): Promise<string> {
    const { content } = await this.agreements.resolvedVersion(user, agreementKey, agreementVersion);
    const body = content.bodies?.find((b) => b.kind === 'consultation' && b.cadence?.kind === 'recurrence');
    if (!body) throw noSlot('The agreement fixes no weekly consultation time: give slotAt');
    const now = this.clock.now();
    const to = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
      new Date(now.getTime() + horizonDays * 86_400_000),
    );
    const calendar = calendarBetween(calendarInputOf(content), this.clock.today(), to, {
      scope: { kind: 'body', key: body.key },
    });
    const slot = calendar.ok
      ? calendar.value.entries.find(
          (entry) =>
            entry.kind === 'meeting' &&
            entry.dated &&
            entry.bodyKey === body.key &&
            Date.parse(entry.start) > now.getTime(),
        )
      : undefined;
    if (!slot) throw noSlot(`No consultation time of ${body.name} within ${horizonDays} days: give slotAt`);
    return slot.start;
  }
}

/** A refusal of the event's form: the field the sender must then give, as every 422 names its path. */
function noSlot(message: string): EngineError {
  return new EngineError('NO_CONSULTATION_SLOT', 422, message, { problems: [{ path: 'slotAt', message }] });
}
