import { type AgreementTemplate, type AgreementVersion, isParty, mergeOverlay } from '@samverkan/agreements';
import type { DraftContent } from './draft';

/*
 * The escalation ladder (Om samverkan inte fungerar), follow-up (uppföljning) and a body's seats,
 * as the editor changes them. None of their lists has keys, so the template merge replaces such a
 * list whole (mergeOverlay): a change writes the whole list as typed, and the library validates
 * the result at the paths the API's problems name (`escalation.levels.0.body`, …).
 */

export interface Level {
  body: string;
  description?: string;
}
export interface Ladder {
  levels: Level[];
  clause: string;
}
export type Member =
  | { party: string; function?: string; clause?: string }
  | { role: string; clause?: string }
  | { seat: string; clause?: string };
export type MemberKind = 'party' | 'role' | 'seat';

/** A section (an object) as typed: the template's with the draft's merged over it. */
export function sectionAsTyped<T>(
  content: DraftContent,
  section: string,
  template: AgreementTemplate | undefined,
): T | undefined {
  const own = content[section];
  const base = (template?.content as Record<string, unknown> | undefined)?.[section];
  if (own === null) return undefined;
  const merged = own === undefined ? base : base === undefined ? own : mergeOverlay(base, own, [], [section]);
  return (merged ?? undefined) as T | undefined;
}

/**
 * Sets a section. Left out (`undefined`) it is removed: with `null` where the template has it
 * (the template merge's way to drop a field), else by leaving it out of the draft.
 */
export function putSection(
  content: DraftContent,
  section: string,
  value: unknown,
  template: AgreementTemplate | undefined,
): DraftContent {
  const rest = { ...content };
  if (value !== undefined) return { ...rest, [section]: value };
  const inTemplate = (template?.content as Record<string, unknown> | undefined)?.[section] !== undefined;
  if (inTemplate) return { ...rest, [section]: null };
  delete rest[section];
  return rest;
}

/** A copy of `list` with the item at `index` moved one place up (-1) or down (+1). */
export function moveItem<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1) as [T];
  next.splice(to, 0, item);
  return next;
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((before, i) => (i === index ? item : before));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** A text field's value: trimmed empty is left out, so that an optional field is not "". */
export function optionalText(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/** Drops the fields whose value is undefined (the draft is JSON: an absent field, not `undefined`). */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function memberKind(member: Member): MemberKind {
  return 'party' in member ? 'party' : 'role' in member ? 'role' : 'seat';
}

/**
 * A new seat of the kind asked for: the first party or role not yet seated (the strategist
 * changes it), or a described seat with no text yet (its error says what is missing).
 */
export function newMember(kind: MemberKind, version: AgreementVersion, seated: readonly Member[]): Member {
  const taken = new Set(seated.map((m) => ('party' in m ? m.party : 'role' in m ? m.role : '')));
  if (kind === 'party') {
    const parties = version.parties.filter(isParty);
    return { party: (parties.find((p) => !taken.has(p.key)) ?? parties[0])?.key ?? '' };
  }
  if (kind === 'role') {
    const roles = version.roles ?? [];
    return { role: (roles.find((r) => !taken.has(r.key)) ?? roles[0])?.key ?? '' };
  }
  return { seat: '' };
}

/** Who can be named where the schema takes a party, role or body: each key with its name. */
export interface RefOption {
  key: string;
  name: string;
}
export function refOptions(version: AgreementVersion, kinds: readonly ('party' | 'role' | 'body')[]): RefOption[] {
  return [
    ...(kinds.includes('party') ? version.parties.filter(isParty) : []),
    ...(kinds.includes('role') ? (version.roles ?? []) : []),
    ...(kinds.includes('body') ? (version.bodies ?? []) : []),
  ].map(({ key, name }) => ({ key, name }));
}

/**
 * A new level at the top of the ladder: the first body not on it yet. A ladder is started at
 * the clause the strategist gives; `null` when every body is on it already.
 */
export function nextLevel(version: AgreementVersion, ladder: Ladder | undefined): Level | null {
  const on = new Set(ladder?.levels.map((l) => l.body));
  const body = (version.bodies ?? []).find((b) => !on.has(b.key));
  return body ? { body: body.key } : null;
}
