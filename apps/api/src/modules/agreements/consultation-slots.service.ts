import { Injectable } from '@nestjs/common';
import { calendarBetween, calendarInputOf } from '@samverkan/agreements';
import { Clock } from '../../platform/clock/clock.service.js';
import type { FillRequest } from '../../engine/ports/payload-fillers.js';
import { AgreementSourceService } from './agreement-source.service.js';
import { AgreementError } from './agreements.error.js';

/**
 * How far ahead a slot is looked for: some eight weeks of a weekly rhythm. The search reads only
 * the consultation body's meetings of that range, within the calendar's budget and entry limit.
 */
const horizonDays = 60;

/**
 * The next fixed consultation time (Jämtland §12: "samråd på fasta tider varje vecka"): the
 * first meeting after now of the agreement's consultation body, from its RFC 5545 cadence in
 * Europe/Stockholm, in the version the case started on. The engine's `nextConsultationSlot`
 * payload filler.
 */
@Injectable()
export class ConsultationSlots {
  constructor(
    private readonly agreements: AgreementSourceService,
    private readonly clock: Clock,
  ) {}

  async next({ agreementKey, agreementVersion }: FillRequest): Promise<string> {
    const version = await this.agreements.version(agreementKey, agreementVersion);
    if (!version) {
      throw new AgreementError('AGREEMENT_VERSION_NOT_FOUND', 404, `No version ${agreementVersion} of ${agreementKey}`);
    }
    const { content } = version;
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
function noSlot(message: string): AgreementError {
  return new AgreementError('NO_CONSULTATION_SLOT', 422, message, { problems: [{ path: 'slotAt', message }] });
}
