import { ApiError } from '../api/errors';
import { errorMessage } from '../i18n/messages';

/** The fields of a signature or a notice of withdrawal, as the API's problems name them. */
export type RecordField = 'party' | 'signedOn' | 'givenOn' | 'signatoryFunction';

/**
 * What each field asks for, in Swedish: the API words its problems in English (zod's and the
 * services' own), so a problem at a field shows this, or the API's Swedish message when it has one.
 */
const FIELD_MESSAGES: Record<RecordField, string> = {
  party: 'Välj en av parterna i listan.',
  signedOn: 'Ange ett datum som ÅÅÅÅ-MM-DD, senast i dag.',
  givenOn: 'Ange ett datum som ÅÅÅÅ-MM-DD, senast i dag.',
  signatoryFunction: 'Ange en funktion, högst 80 tecken, till exempel kommundirektör.',
};

const PERSONAL_DATA = 'Ange en funktion eller titel, aldrig ett namn, personnummer, telefonnummer eller en adress.';

/** Refusals that are not about one field, said in Swedish (409s, and a refusal of the user). */
const MESSAGES_BY_CODE: ReadonlyMap<string, string> = new Map([
  ['SIGNATURE_EXISTS', 'Parten har redan skrivit under den här versionen.'],
  ['WITHDRAWAL_EXISTS', 'Parten har redan sagt upp avtalet.'],
  ['WITHDRAWAL_RULE_MISSING', 'Den publicerade versionen anger ingen regel för uppsägning.'],
  ['AGREEMENT_NOT_PUBLISHED', 'Avtalet har ingen publicerad version.'],
  ['AGREEMENT_VERSION_NOT_PUBLISHED', 'Versionen är inte publicerad, eller har ersatts av en nyare.'],
]);

export interface RecordFailure {
  /** Problems at the form's fields, by field. */
  fields: Map<RecordField, string>;
  /** What the alert says. */
  alert: string;
}

const isField = (path: unknown): path is RecordField => typeof path === 'string' && path in FIELD_MESSAGES;

/** A refused or failed POST of a signature or a notice, as the form shows it. */
export function recordFailure(error: unknown, what: string): RecordFailure {
  const fields = new Map<RecordField, string>();
  if (!(error instanceof ApiError))
    return { fields, alert: `${what} registrerades inte. ${errorMessage(error, 'read')}` };
  const problems = Array.isArray(error.details?.['problems']) ? (error.details['problems'] as unknown[]) : [];
  for (const problem of problems) {
    const { path, message } = (problem ?? {}) as { path?: unknown; message?: unknown };
    if (!isField(path)) continue;
    const sv = typeof message === 'object' && message !== null ? (message as { sv?: unknown }).sv : undefined;
    const text =
      typeof sv === 'string'
        ? sv
        : error.code === 'PERSONAL_DATA_REJECTED' && path === 'signatoryFunction'
          ? PERSONAL_DATA
          : FIELD_MESSAGES[path];
    fields.set(path, text);
  }
  const reason =
    error.status === 403
      ? 'Du har inte behörighet att registrera det för den här parten.'
      : fields.size > 0
        ? 'Rätta uppgifterna vid fälten.'
        : (MESSAGES_BY_CODE.get(error.code ?? '') ?? errorMessage(error, 'read'));
  return { fields, alert: `${what} registrerades inte. ${reason}` };
}
