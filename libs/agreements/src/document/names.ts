import { type AgreementVersion } from '../schema/agreement-version.js';
import { type Member } from '../schema/body.js';
import { isParty } from '../schema/party.js';
import { capitalize, listSv } from './swedish-words.js';

/**
 * Turns the keys a version refers by (parties, roles, bodies, sub-regions, clauses) into the
 * words of the document. A version that passed validation refers only to keys it declares; a
 * key that is missing anyway is printed as is rather than hidden.
 */
export class Names {
  private readonly names = new Map<string, string>();
  private readonly roleProviders = new Map<string, string>();
  /** Roles whose providing party is the county's own choice, not the text's. */
  private readonly chosenProviders = new Set<string>();
  private readonly allParties: ReadonlySet<string>;
  private readonly municipalities: ReadonlySet<string>;
  private readonly clauseNumbers: ReadonlySet<string>;

  constructor(version: AgreementVersion) {
    for (const party of version.parties) this.names.set(party.key, party.name);
    for (const region of version.subRegions ?? []) this.names.set(region.key, region.name);
    for (const body of version.bodies ?? []) this.names.set(body.key, body.name);
    for (const role of version.roles ?? []) {
      this.names.set(role.key, role.name);
      if (role.providedBy) this.roleProviders.set(role.key, role.providedBy.party);
      if (role.providedBy && 'source' in role.providedBy) this.chosenProviders.add(role.key);
    }
    // "Samtliga parter" means the parties that sign, not an organisation taking part beside them.
    const parties = version.parties.filter(isParty);
    this.allParties = new Set(parties.map((p) => p.key));
    this.municipalities = new Set(parties.filter((p) => p.kind === 'municipality').map((p) => p.key));
    this.clauseNumbers = new Set(version.clauses.flatMap((c) => (c.number === undefined ? [] : [c.number])));
  }

  of(key: string): string {
    return this.names.get(key) ?? key;
  }

  /** A role with the party that provides it: "Samordnare (Östersunds kommun)". */
  withProvider(key: string): string {
    return this.roleProviders.has(key) ? `${this.of(key)} (${this.provider(key)})` : this.of(key);
  }

  /**
   * The party that provides a role, marked when it is the county's choice rather than the
   * text's: "Luleå kommun, länets eget val". The role's own key when nothing provides it.
   */
  provider(key: string): string {
    const provider = this.roleProviders.get(key);
    if (provider === undefined) return this.of(key);
    return this.chosenProviders.has(key) ? `${this.of(provider)}, länets eget val` : this.of(provider);
  }

  /**
   * A set of parties, roles or bodies in words: "samtliga parter", "samtliga kommuner" (with
   * the others named, when there are more), or the names listed ("Polisen och Region Jämtland
   * Härjedalen").
   */
  group(keys: readonly string[]): string {
    const set = new Set(keys);
    if (set.size > 1 && sameSet(set, this.allParties)) return 'samtliga parter';
    if (set.size > 1 && sameSet(set, this.municipalities)) return 'samtliga kommuner';
    if (this.municipalities.size > 1 && [...this.municipalities].every((key) => set.has(key))) {
      const others = [...set].filter((key) => !this.municipalities.has(key)).map((key) => this.withProvider(key));
      return listSv(['samtliga kommuner', ...others]);
    }
    return listSv([...set].map((key) => this.withProvider(key)));
  }

  /** The same, as a heading: "Samtliga kommuner"; names keep their own spelling. */
  groupHeading(keys: readonly string[]): string {
    const words = this.group(keys);
    return words.startsWith('samtliga ') ? capitalize(words) : words;
  }

  member(member: Member): string {
    if ('party' in member)
      return member.function ? `${this.of(member.party)} (${member.function})` : this.of(member.party);
    if ('role' in member) return this.withProvider(member.role);
    return member.seat;
  }

  /**
   * The column for clause references in a table: headed "Punkt" when every reference is a
   * clause number, "Avsnitt" (and wider) when some cite an unnumbered section by its title.
   */
  citeColumn(refs: readonly string[]): { header: string; wide: boolean } {
    const numbered = refs.every((ref) => ref.startsWith('§') || this.clauseNumbers.has(ref));
    return numbered ? { header: 'Punkt', wide: false } : { header: 'Avsnitt', wide: true };
  }

  /** How the document cites a clause: "punkt 10.1", "§ 8", or an unnumbered section by title. */
  cite(ref: string): string {
    if (ref.startsWith('§')) return ref;
    if (this.clauseNumbers.has(ref)) return `punkt ${ref}`;
    return `avsnittet ”${ref}”`;
  }

  /** "Enligt punkt 9" / "Enligt punkt 9 och 12", or null when nothing is cited. */
  according(refs: readonly (string | undefined)[]): string | null {
    const unique = [...new Set(refs.filter((ref): ref is string => ref !== undefined))];
    if (unique.length === 0) return null;
    const numbered = unique.every((ref) => this.clauseNumbers.has(ref) && !ref.startsWith('§'));
    const words = numbered
      ? `${unique.length > 1 ? 'punkterna' : 'punkt'} ${listSv(unique)}`
      : listSv(unique.map((r) => this.cite(r)));
    return `Enligt ${words}`;
  }
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((key) => b.has(key));
}
