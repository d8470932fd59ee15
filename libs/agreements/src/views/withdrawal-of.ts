import { earliestWithdrawalDate, type WithdrawalDate } from '../calculators/withdrawal.js';
import type { CalculatorProblem } from '../calculators/problems.js';
import type { AgreementVersion } from '../schema/agreement-version.js';

export type WithdrawalView =
  | { status: 'notSpecified' }
  | { status: 'unknownParty'; partyKey: string }
  | {
      status: 'computed';
      partyKey: string;
      noticeGivenOn: string;
      clause: string;
      inWriting: boolean;
      date: WithdrawalDate;
    }
  | { status: 'invalid'; problems: CalculatorProblem[] };

/** The earliest date a party's withdrawal takes effect for notice given on a date. */
export function withdrawalOf(version: AgreementVersion, partyKey: string, noticeGivenOn: string): WithdrawalView {
  if (!version.parties.some((party) => party.key === partyKey)) return { status: 'unknownParty', partyKey };
  const rule = version.withdrawal;
  if (!rule) return { status: 'notSpecified' };
  const result = earliestWithdrawalDate(rule, noticeGivenOn);
  if (!result.ok) return { status: 'invalid', problems: result.problems };
  return {
    status: 'computed',
    partyKey,
    noticeGivenOn,
    clause: rule.clause,
    inWriting: rule.inWriting,
    date: result.value,
  };
}
