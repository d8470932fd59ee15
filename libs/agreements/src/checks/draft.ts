import { type AgreementVersion } from '../schema/agreement-version.js';

/**
 * A version as far as it could be read: each section that passed the schema, and in each list
 * the items that passed, at their original index (an item that failed is `undefined`), so the
 * relations between sections can be checked even when some items are broken.
 */
export type AgreementDraft = {
  [K in keyof AgreementVersion]?: NonNullable<AgreementVersion[K]> extends readonly (infer Item)[]
    ? (Item | undefined)[]
    : AgreementVersion[K];
};

/** Calls `visit` for every item that was read, with its original index. */
export function eachItem<T>(
  list: readonly (T | undefined)[] | undefined,
  visit: (item: T, index: number) => void,
): void {
  list?.forEach((item, index) => {
    if (item !== undefined) visit(item, index);
  });
}
