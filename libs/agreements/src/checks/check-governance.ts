import { type CheckContext } from './context.js';
import { eachItem } from './draft.js';

/**
 * The escalation ladder, follow-up and signatures name bodies and parties that exist; only a
 * party signs, never an organisation that takes part without being one (`participatesAs`).
 */
export function checkGovernance(ctx: CheckContext): void {
  const { escalation, followUp, signing } = ctx.draft;
  if (escalation) {
    escalation.levels.forEach((level, i) => ctx.expectRef(level.body, ['body'], ['escalation', 'levels', i, 'body']));
    ctx.expectDistinct(
      escalation.levels.map((level) => level.body),
      ['escalation', 'levels'],
    );
  }
  if (followUp?.plan) {
    followUp.plan.by.forEach((key, i) => ctx.expectRef(key, ['party', 'role', 'body'], ['followUp', 'plan', 'by', i]));
    ctx.expectDistinct(followUp.plan.by, ['followUp', 'plan', 'by']);
  }
  if (followUp?.annualReport) {
    const report = followUp.annualReport;
    report.recipients.forEach((recipient, i) =>
      ctx.expectRef(recipient.body, ['body'], ['followUp', 'annualReport', 'recipients', i, 'body']),
    );
    if (report.by) ctx.expectRef(report.by.ref, ['party', 'role', 'body'], ['followUp', 'annualReport', 'by', 'ref']);
  }
  if (signing) {
    signing.parties.forEach((key, i) => ctx.expectRef(key, ['party'], ['signing', 'parties', i]));
    ctx.expectDistinct(signing.parties, ['signing', 'parties']);
    const participants = new Set<string>();
    eachItem(ctx.draft.parties, (party) => {
      if (party.participatesAs !== undefined) participants.add(party.key);
    });
    signing.parties.forEach((key, i) => {
      if (participants.has(key)) {
        ctx.report(
          ['signing', 'parties', i],
          'participantCannotSign',
          `"${key}" medverkar utan att vara part och undertecknar inte`,
          `"${key}" takes part without being a party and does not sign`,
        );
      }
    });
    if (signing.copies !== undefined && signing.copies < signing.parties.length) {
      ctx.report(
        ['signing', 'copies'],
        'tooFewCopies',
        `${signing.copies} exemplar räcker inte till ${signing.parties.length} parter`,
        `${signing.copies} copies are not enough for ${signing.parties.length} parties`,
      );
    }
  }
}
