import { type AgreementVersion, type RoutineBinding, partiesBehind } from '@samverkan/agreements';
import { type RoutineDefinition } from '../definition/routine-definition.js';
import { type ValueSource, titleOf } from './value-source.js';

/** One key a role binding names, the parties behind it and who says they provide it. */
export interface RolePlayerView {
  /** A party, or an agreement role (`operativ-samordnare`). */
  ref: string;
  parties: string[];
  /**
   * For an agreement role, where its providing party comes from: a clause (`agreement`), the
   * county's own choice (`countyChoice`), or nothing (`notSet`: no party provides it). Null for
   * a party the binding names itself.
   */
  providedBy: ValueSource | null;
}

export interface RoleSourceView {
  role: string;
  title: string;
  players: RolePlayerView[];
  /** False when no party plays it: no one can do its tasks or send its events, so cases stall. */
  played: boolean;
  /** In Swedish, for the county that confirms it. */
  text: string;
}

/**
 * Who plays each of a routine's roles in a binding, traced to where the agreement says so, so a
 * county sees an employer it chose (not the text) behind every task a timer sets a time for.
 */
export function roleSources(
  version: AgreementVersion,
  binding: RoutineBinding,
  definition: RoutineDefinition,
): RoleSourceView[] {
  const nameOf = (key: string): string =>
    version.parties.find((party) => party.key === key)?.name ??
    version.roles?.find((role) => role.key === key)?.name ??
    key;
  return Object.entries(definition.roles).map(([role, spec]): RoleSourceView => {
    const bound = Object.hasOwn(binding.roles, role) ? binding.roles[role] : undefined;
    const players = (bound?.to ?? []).map((ref): RolePlayerView => {
      const parties = partiesBehind(version, ref);
      const agreementRole = version.roles?.find((r) => r.key === ref);
      if (!agreementRole) return { ref, parties, providedBy: null };
      const provider = agreementRole.providedBy;
      const providedBy: ValueSource =
        provider === undefined
          ? {
              kind: 'notSet',
              note: `Överenskommelsen säger inte vilken part som tillhandahåller ${agreementRole.name}.`,
            }
          : 'clause' in provider
            ? { kind: 'agreement', clause: provider.clause, clauseTitle: titleOf(version, provider.clause) }
            : { kind: 'countyChoice', note: provider.source.countyChoice.note, clause: agreementRole.clause };
      return { ref, parties, providedBy };
    });
    const played = players.some((player) => player.parties.length > 0);
    const words = players.map((player) => {
      const who = player.parties.length > 0 ? player.parties.map(nameOf).join(', ') : 'ingen part';
      if (player.providedBy === null) return who;
      const how =
        player.providedBy.kind === 'countyChoice'
          ? ', länets eget val, inte överenskommelsens text'
          : player.providedBy.kind === 'notSet'
            ? ': överenskommelsen anger ingen arbetsgivare'
            : '';
      return `${who} (som ${nameOf(player.ref)}${how})`;
    });
    const choose = bound?.choose === 'homeMunicipality' ? ' – i varje ärende ärendets hemkommun' : '';
    return {
      role,
      title: spec.title,
      players,
      played,
      text: played
        ? `${spec.title}: ${words.join('; ')}${choose}`
        : `${spec.title}: ingen part spelar rollen (${words.join('; ') || 'inte bunden'})`,
    };
  });
}
