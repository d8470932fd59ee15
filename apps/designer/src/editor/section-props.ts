import type { AgreementTemplate, AgreementVersion } from '@samverkan/agreements';
import type { DraftContent } from './draft';

/** What every section of the editor gets. */
export interface SectionProps {
  /** The draft as stored (the overrides of its template). */
  content: DraftContent;
  /** The draft with its template applied, as last valid: the structure the fields follow. */
  version: AgreementVersion;
  /** The draft as it is now, when valid (previews compute from it); null while it has problems. */
  current: AgreementVersion | null;
  change: (update: (content: DraftContent) => DraftContent) => void;
  errors: Map<string, string>;
  /** The template the draft extends, if any: its items are left out with `$remove`, not dropped. */
  template?: AgreementTemplate | undefined;
}
