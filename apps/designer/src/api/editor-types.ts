/**
 * Answers the editor reads whose shapes the OpenAPI document does not give yet (see types.ts):
 * each names the API type it mirrors, to be replaced by the generated one.
 */
export type { Municipality } from '@samverkan/agreements';

/** An item of GET /api/templates (the API's TemplateSummary). */
export interface TemplateSummary {
  ref: string;
  key: string;
  version: number;
  kind: 'agreement' | 'routine';
  name: string;
}

/** Who confirmed a default (the API's DefaultConfirmation). */
export interface DefaultConfirmation {
  routine: string;
  parameter: string;
  value: string | number | boolean | null;
  sourceKind: 'template' | 'productDefault';
  confirmedBy: string;
  confirmedByName: string;
  confirmedAt: string;
}

/** A parameter of a routine binding with its source (the API's ConfirmedParameterView). */
export interface TimersParameter {
  name: string;
  title: string;
  type: string;
  value: string | number | boolean | null;
  text: string;
  source: { kind: string };
  sourceText: string;
  toConfirm: boolean;
  confirmation: DefaultConfirmation | null;
}

/** GET …/timers (the API's ConfirmedTimersView), the parts the designer shows. */
export interface TimersView {
  agreement: string;
  routines: { binding: string; template: string; title: string | null; parameters: TimersParameter[] }[];
  unsourced: string[];
  unconfirmed: string[];
}
