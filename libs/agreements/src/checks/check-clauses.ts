import { type CheckContext } from './context.js';
import { eachItem } from './draft.js';

/** Every `clause` a value carries cites a clause of the text; a clause names a known source. */
export function checkClauses(ctx: CheckContext): void {
  const { draft } = ctx;
  const multipleSources = (draft.sources?.length ?? 0) > 1;
  eachItem(draft.clauses, (clause, index) => {
    if (clause.source !== undefined && !ctx.declared.source.has(clause.source)) {
      ctx.report(
        ['clauses', index, 'source'],
        'unknownSource',
        `okänt källdokument: "${clause.source}"`,
        `unknown source document: "${clause.source}"`,
      );
    }
    if (multipleSources && clause.source === undefined) {
      ctx.report(
        ['clauses', index, 'source'],
        'required',
        'versionen har flera källdokument: ange vilket paragrafen kommer från',
        'the version has several source documents: say which one the clause is from',
      );
    }
  });
  for (const [section, value] of Object.entries(draft)) {
    if (section === 'clauses') continue;
    visit(value, [section], ctx);
  }
}

function visit(value: unknown, path: PropertyKey[], ctx: CheckContext): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => visit(item, [...path, index], ctx));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [field, inner] of Object.entries(value)) {
    if (field === 'clause' && typeof inner === 'string') {
      if (!ctx.declared.clause.has(inner)) {
        ctx.report(
          [...path, field],
          'unknownClause',
          `hänvisar till paragraf "${inner}", som inte finns bland paragraferna`,
          `cites clause "${inner}", which is not among the clauses`,
        );
      }
    } else {
      visit(inner, [...path, field], ctx);
    }
  }
}
