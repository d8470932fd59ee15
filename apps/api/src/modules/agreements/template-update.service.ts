import { Injectable } from '@nestjs/common';
import {
  type AgreementTemplate,
  type TemplateChange,
  problem,
  takeTemplateChanges,
  templateChanges,
} from '@samverkan/agreements';
import type { AuthUser } from '../../platform/auth/auth-user.js';
import { TemplatesService } from '../templates/templates.service.js';
import type { VersionView } from './agreement-views.js';
import { canReadDrafts } from './agreement-access.js';
import { AgreementsService } from './agreements.service.js';
import { AgreementError } from './agreements.error.js';

/** What a newer version of its template would change in a county's agreement. */
export interface TemplateUpdateView {
  agreement: string;
  /** The version a new draft would start from: the published one, else the latest. */
  basedOn: number;
  /** The template that version extends (`key@version`); null when it extends none. */
  from: string | null;
  /** The newest version of that template, when it is newer; else null and no changes. */
  to: string | null;
  /** Each change from `from` to `to`, in words; `ownValue` where the county's own value stands. */
  changes: TemplateChange[];
}

/**
 * A county and the newer versions of its template: the changes, each to take or leave; taking
 * makes a new draft (the one-draft rule and the draft's validation as for any new draft).
 */
@Injectable()
export class TemplateUpdateService {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly templates: TemplatesService,
  ) {}

  async view(user: AuthUser, key: string): Promise<TemplateUpdateView> {
    const { version, content } = await this.base(user, key);
    const from = typeof content['extends'] === 'string' ? content['extends'] : null;
    const none = { agreement: key, basedOn: version, from, to: null, changes: [] };
    if (from === null) return none;
    const current = await this.templates.get(from);
    const newest = await this.newestOf(current.key);
    if (!newest || newest.version <= current.version) return none;
    return {
      ...none,
      to: `${newest.key}@${newest.version}`,
      changes: templateChanges(content, current, newest),
    };
  }

  /** A new draft on `to`, with the changes `take` names (their `path`) and none of the others. */
  take(user: AuthUser, key: string, to: string, take: string[]): Promise<VersionView> {
    return this.agreements.createDraft(user, key, undefined, {
      details: { template: { to, taken: take } },
      content: async (source) => {
        const fromRef = source['extends'];
        if (typeof fromRef !== 'string') {
          throw invalid(
            problem('to', 'noTemplate', 'avtalet bygger inte på någon mall', 'the agreement extends no template'),
          );
        }
        const from = await this.templates.get(fromRef);
        const next = await this.templates.get(to);
        if (next.key !== from.key || next.version <= from.version) {
          throw invalid(
            problem(
              'to',
              'notANewerVersion',
              `${to} är inte en nyare version av ${fromRef}`,
              `${to} is not a newer version of ${fromRef}`,
            ),
          );
        }
        const result = takeTemplateChanges(source, from, next, take);
        if (!result.ok) throw invalid(...result.problems);
        return result.value;
      },
    });
  }

  private async base(user: AuthUser, key: string): Promise<{ version: number; content: Record<string, unknown> }> {
    const agreement = await this.agreements.get(user, key);
    // The changes are for those who may start a draft: the admin and the county's strategists.
    if (!canReadDrafts(user, agreement.countyCode)) {
      throw new AgreementError('AGREEMENT_NOT_FOUND', 404, `No agreement ${key}`);
    }
    const base = agreement.publishedVersion ?? Math.max(...agreement.versions.map((v) => v.version));
    const view = await this.agreements.getVersion(user, key, base);
    return { version: base, content: view.content as Record<string, unknown> };
  }

  private async newestOf(key: string): Promise<AgreementTemplate | undefined> {
    const versions = (await this.templates.list()).filter((t) => t.key === key && t.kind === 'agreement');
    const newest = versions.at(-1);
    return newest ? this.templates.get(newest.ref) : undefined;
  }
}

function invalid(...problems: ReturnType<typeof problem>[]): AgreementError {
  return new AgreementError('AGREEMENT_INVALID', 422, `The template update has ${problems.length} problem(s)`, {
    problems,
  });
}
