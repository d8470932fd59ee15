import { type AgreementTemplate } from '../schema/agreement-template.js';
import { type AgreementContent, type AgreementVersion } from '../schema/agreement-version.js';
import { type Body } from '../schema/body.js';
import { type Clause } from '../schema/clause.js';
import { type Commitment } from '../schema/commitment.js';
import { type CostItem } from '../schema/cost-split.js';
import { type Party } from '../schema/party.js';

/** Builders for tests (STYLE.md: builders, not fixtures). Not part of the lib's build. */

export function aParty(overrides: Partial<Party> = {}): Party {
  return { key: 'polisen', name: 'Polismyndigheten', kind: 'police', clause: '2', ...overrides };
}

export function aMunicipality(key: string, code: string, overrides: Partial<Party> = {}): Party {
  return { key, name: `${key} kommun`, kind: 'municipality', municipalityCode: code, clause: '2', ...overrides };
}

export function aBody(overrides: Partial<Body> = {}): Body {
  return { key: 'styrgrupp', kind: 'steering', name: 'Styrgruppen', clause: '9', ...overrides };
}

export function aCommitment(overrides: Partial<Commitment> = {}): Commitment {
  return { key: 'delta', by: ['polisen'], text: 'Delta i samrådsmöten.', kind: 'standing', clause: '10', ...overrides };
}

export function aCostItem(overrides: Partial<CostItem> = {}): CostItem {
  return {
    key: 'samordnare',
    name: 'Samordnare',
    amount: 100_000_00,
    method: { method: 'equal', payers: ['ostersund'], clause: '13' },
    clause: '13',
    ...overrides,
  };
}

const defaultClauses = ['1', '2', '9', '10', '11', '12', '13', '14.2', '15', '16', '17', '18'];

export function clauses(...numbers: string[]): Clause[] {
  return numbers.map((number) => ({ number, title: `Paragraf ${number}`, text: 'Text.' }));
}

class AgreementBuilder {
  private version: AgreementVersion = {
    key: 'jamtland',
    title: 'Överenskommelse om samverkan',
    kind: 'agreement',
    county: { code: '23', name: 'Jämtlands län' },
    sources: [{ key: 'avtalet', kind: 'agreement', title: 'Överenskommelsen' }],
    parties: [aParty(), aMunicipality('ostersund', '2380')],
    clauses: clauses(...defaultClauses),
  };

  withParties(...parties: Party[]): this {
    this.version.parties = [...this.version.parties, ...parties];
    return this;
  }

  withBodies(...bodies: Body[]): this {
    this.version.bodies = [...(this.version.bodies ?? []), ...bodies];
    return this;
  }

  withCommitments(...commitments: Commitment[]): this {
    this.version.commitments = [...(this.version.commitments ?? []), ...commitments];
    return this;
  }

  withCostItems(...items: CostItem[]): this {
    this.version.costSplit = { ...(this.version.costSplit ?? { clause: '13' }), items };
    return this;
  }

  with(patch: Partial<AgreementVersion>): this {
    this.version = { ...this.version, ...patch };
    return this;
  }

  build(): AgreementVersion {
    return structuredClone(this.version);
  }
}

export function anAgreement(): AgreementBuilder {
  return new AgreementBuilder();
}

export function aTemplate(content: AgreementContent, key = 'samverkan-base', version = 1): AgreementTemplate {
  return { key, version, name: 'Grundmall', description: 'En mall för tester.', content };
}
