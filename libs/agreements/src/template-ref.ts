/** A reference to a published template: `key@version`, e.g. `rvc-referral@1`. */
export interface TemplateRef {
  key: string;
  version: number;
}

const pattern = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)@([1-9][0-9]*)$/;

/** Parses `key@version`; returns undefined for anything else, so callers decide the error. */
export function parseTemplateRef(text: string): TemplateRef | undefined {
  const match = pattern.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  return { key: match[1], version: Number(match[2]) };
}

export function formatTemplateRef(ref: TemplateRef): string {
  return `${ref.key}@${ref.version}`;
}
