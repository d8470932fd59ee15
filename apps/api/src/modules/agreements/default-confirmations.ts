import type { AgreementTimersView, ParameterSourceView, RoutineTimersView } from '@samverkan/workflows';

/** The sources of a value the county did not write itself: it must confirm them before publishing. */
export const SOURCES_TO_CONFIRM = ['template', 'productDefault'] as const;
export type SourceToConfirm = (typeof SOURCES_TO_CONFIRM)[number];

/**
 * A strategist's confirmation of one routine parameter's default: the value and its source as
 * they were confirmed, who and when. It holds only while the parameter keeps that value and
 * source; a changed value is the county's own choice and needs no confirmation.
 */
export interface DefaultConfirmation {
  routine: string;
  parameter: string;
  value: string | number | boolean | null;
  sourceKind: SourceToConfirm;
  confirmedBy: string;
  confirmedByName: string;
  confirmedAt: string;
}

/** A parameter whose value comes from the product or the template, not the county's text. */
export interface DefaultToConfirm {
  /** `routines.rvc.parameters.contactWithin`: stable, listed by the publish refusal. */
  path: string;
  routine: string;
  parameter: string;
  title: string;
  value: string | number | boolean | null;
  text: string;
  sourceKind: SourceToConfirm;
  sourceText: string;
}

export type ConfirmedParameterView = ParameterSourceView & {
  /** The value comes from the template or the product: the county confirms it before publishing. */
  toConfirm: boolean;
  /** Who confirmed it, while it still holds; null otherwise. */
  confirmation: DefaultConfirmation | null;
};

/** The timers view with each default's confirmation and the defaults still unconfirmed. */
export type ConfirmedTimersView = Omit<AgreementTimersView, 'routines'> & {
  routines: (Omit<RoutineTimersView, 'parameters'> & { parameters: ConfirmedParameterView[] })[];
  /** Paths (`routines.rvc.parameters.contactWithin`) of the defaults no one has confirmed yet. */
  unconfirmed: string[];
};

function needsConfirmation(parameter: ParameterSourceView): parameter is ParameterSourceView & {
  source: { kind: SourceToConfirm };
} {
  return (SOURCES_TO_CONFIRM as readonly string[]).includes(parameter.source.kind);
}

export function defaultsToConfirm(view: AgreementTimersView): DefaultToConfirm[] {
  return view.routines.flatMap((routine) =>
    routine.parameters.filter(needsConfirmation).map((parameter) => ({
      path: `routines.${routine.binding}.parameters.${parameter.name}`,
      routine: routine.binding,
      parameter: parameter.name,
      title: parameter.title,
      value: parameter.value,
      text: parameter.text,
      sourceKind: parameter.source.kind,
      sourceText: parameter.sourceText,
    })),
  );
}

/** The confirmation that still holds for a default: same parameter, same value, same source. */
export function confirmationOf(
  item: Pick<DefaultToConfirm, 'routine' | 'parameter' | 'value' | 'sourceKind'>,
  confirmations: readonly DefaultConfirmation[],
): DefaultConfirmation | null {
  return (
    confirmations.find(
      (c) =>
        c.routine === item.routine &&
        c.parameter === item.parameter &&
        c.value === item.value &&
        c.sourceKind === item.sourceKind,
    ) ?? null
  );
}

export function unconfirmedDefaults(
  view: AgreementTimersView,
  confirmations: readonly DefaultConfirmation[],
): DefaultToConfirm[] {
  return defaultsToConfirm(view).filter((item) => confirmationOf(item, confirmations) === null);
}

/** The confirmations that hold for the version as it is (what publishing records). */
export function holdingConfirmations(
  view: AgreementTimersView,
  confirmations: readonly DefaultConfirmation[],
): DefaultConfirmation[] {
  return defaultsToConfirm(view).flatMap((item) => {
    const held = confirmationOf(item, confirmations);
    return held ? [held] : [];
  });
}

export function withConfirmations(
  view: AgreementTimersView,
  confirmations: readonly DefaultConfirmation[],
): ConfirmedTimersView {
  const routines = view.routines.map((routine) => ({
    ...routine,
    parameters: routine.parameters.map((parameter): ConfirmedParameterView => {
      if (!needsConfirmation(parameter)) return { ...parameter, toConfirm: false, confirmation: null };
      const item = { routine: routine.binding, parameter: parameter.name, value: parameter.value };
      return {
        ...parameter,
        toConfirm: true,
        confirmation: confirmationOf({ ...item, sourceKind: parameter.source.kind }, confirmations),
      };
    }),
  }));
  return { ...view, routines, unconfirmed: unconfirmedDefaults(view, confirmations).map((item) => item.path) };
}
