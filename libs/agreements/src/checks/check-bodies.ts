import { type Body } from '../schema/body.js';
import { checkCadence } from './check-cadence.js';
import { type CheckContext } from './context.js';
import { eachItem } from './draft.js';

/** Members, convener and the body reported to exist; reporting never runs in a circle. */
export function checkBodies(ctx: CheckContext): void {
  const bodies = new Map<string, Body>();
  eachItem(ctx.draft.bodies, (body, index) => {
    bodies.set(body.key, body);
    const path = ['bodies', index];
    body.members?.forEach((member, m) => {
      if ('party' in member) ctx.expectRef(member.party, ['party'], [...path, 'members', m, 'party']);
      if ('role' in member) ctx.expectRef(member.role, ['role'], [...path, 'members', m, 'role']);
    });
    if (body.convener) ctx.expectRef(body.convener.ref, ['party', 'role'], [...path, 'convener', 'ref']);
    if (body.subRegion !== undefined) ctx.expectSubRegion(body.subRegion, [...path, 'subRegion']);
    if (body.cadence) checkCadence(ctx, body.cadence, [...path, 'cadence'], 'meeting');
    if (body.consultationKinds && body.kind !== 'consultation') {
      ctx.report(
        [...path, 'consultationKinds'],
        'notApplicable',
        'bara en samrådsgrupp har typer av samråd',
        'only a consultation body has consultation kinds',
      );
    }
    if (body.reportsTo) {
      const reportsPath = [...path, 'reportsTo', 'body'];
      if (body.reportsTo.body === body.key) {
        ctx.report(
          reportsPath,
          'reportsToSelf',
          'en grupp kan inte rapportera till sig själv',
          'a body cannot report to itself',
        );
      } else {
        ctx.expectRef(body.reportsTo.body, ['body'], reportsPath);
      }
      if (body.reportsTo.cadence) {
        checkCadence(ctx, body.reportsTo.cadence, [...path, 'reportsTo', 'cadence'], 'meeting');
      }
    }
  });
  eachItem(ctx.draft.bodies, (body, index) => {
    if (reportsInCircle(body, bodies)) {
      ctx.report(
        ['bodies', index, 'reportsTo', 'body'],
        'reportingCycle',
        `rapporteringen från "${body.key}" går i cirkel`,
        `reporting from "${body.key}" runs in a circle`,
      );
    }
  });
}

function reportsInCircle(start: Body, bodies: ReadonlyMap<string, Body>): boolean {
  if (start.reportsTo?.body === start.key) return false; // reported as reportsToSelf
  const seen = new Set<string>([start.key]);
  let next = start.reportsTo?.body;
  while (next !== undefined) {
    if (next === start.key) return true;
    if (seen.has(next)) return false; // a circle further up: reported from its own members
    seen.add(next);
    next = bodies.get(next)?.reportsTo?.body;
  }
  return false;
}
