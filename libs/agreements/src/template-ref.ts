/** A reference to a published template: `key@version`, e.g. `rvc-referral@1`. */
export interface TemplateRef {
  key: string;
  version: number;
}

/**
 * The largest version of a template or routine: 999 999 999, nine digits, so every version
 * fits PostgreSQL's integer column (a reference to version 2 147 483 648 failed in the database
 * with a 500); the same range as the API's version numbers.
 */
export const MAX_VERSION = 999_999_999;

const pattern = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)@([1-9][0-9]{0,8})$/;

/** Parses `key@version`; returns undefined for anything else, so callers decide the error. */
export function parseTemplateRef(text: string): TemplateRef | undefined {
  const match = pattern.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  return { key: match[1], version: Number(match[2]) };
}

export function formatTemplateRef(ref: TemplateRef): string {
  return `${ref.key}@${ref.version}`;
}
