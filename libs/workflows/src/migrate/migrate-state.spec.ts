import { rvcReferral } from '../templates/rvc-referral.js';
import { checkMigration, leafStateIds, migrateStateValue, stateIds, stateValueOf } from './migrate-state.js';

describe('migrating running instances between routine versions', () => {
  it('round-trips state values through leaf paths', () => {
    const value = { awaitingContact: 'overdue' };
    expect(leafStateIds(value)).toEqual(['awaitingContact.overdue']);
    expect(stateValueOf(['awaitingContact.overdue'])).toEqual(value);
    expect(stateValueOf(['closed'])).toBe('closed');
  });

  it('maps a state to its new path and keeps the others', () => {
    expect(
      migrateStateValue(
        { awaitingContact: 'overdue' },
        { 'awaitingContact.overdue': 'awaitingContact.withinDeadline' },
      ),
    ).toEqual({
      awaitingContact: 'withinDeadline',
    });
    expect(migrateStateValue('followUp', {})).toBe('followUp');
  });

  it('accepts the identity migration of a version onto an equal one', () => {
    expect(checkMigration(rvcReferral, { ...rvcReferral, version: 2 }, {})).toEqual([]);
  });

  it('lists every problem: unknown sources, unknown targets, unmapped states', () => {
    const renamed = {
      ...rvcReferral,
      version: 2,
      states: Object.fromEntries(
        Object.entries(rvcReferral.states).map(([k, v]) => [k === 'followUp' ? 'followingUp' : k, v]),
      ),
    };
    const problems = checkMigration(rvcReferral, renamed, { nowhere: 'closed', consentRequested: 'ghost' });
    expect(problems.map((p) => p.code).sort()).toEqual(['unknownState', 'unknownTarget', 'unmappedState']);
    expect(checkMigration(rvcReferral, renamed, { followUp: 'followingUp' })).toEqual([]);
    expect(stateIds(renamed)).toContain('followingUp');
  });
});
