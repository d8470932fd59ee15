import type { AgreementTemplate, AgreementVersion, Commitment } from '@samverkan/agreements';
import { formatTemplateRef } from '@samverkan/agreements';

// A small template of the kind the editor drafts from: three parties, one commitment, the clauses.
export const aCommitment = (overrides: Partial<Commitment> = {}): Commitment => ({
  key: 'delta',
  by: ['polisen'],
  text: 'Delta i samrådsmöten.',
  kind: 'standing',
  clause: '10',
  ...overrides,
});
export const base: AgreementVersion = {
  key: 'mall',
  title: 'Överenskommelse om samverkan',
  kind: 'agreement',
  county: { code: '23', name: 'Jämtlands län' },
  sources: [{ key: 'avtalet', kind: 'agreement', title: 'Överenskommelsen' }],
  parties: [
    { key: 'polisen', name: 'Polismyndigheten', kind: 'police', clause: '2' },
    { key: 'ostersund', name: 'Östersunds kommun', kind: 'municipality', municipalityCode: '2380', clause: '2' },
    { key: 'region', name: 'Regionen', kind: 'region', clause: '2' },
  ],
  commitments: [aCommitment()],
  clauses: ['1', '2', '10'].map((number) => ({ number, title: `Punkt ${number}`, text: 'Text.' })),
} as AgreementVersion;
const content = Object.fromEntries(Object.entries(base).filter(([name]) => name !== 'key'));
export const template: AgreementTemplate = {
  key: 'samverkan-base',
  version: 1,
  name: 'Grundmall',
  description: 'En mall för tester.',
  content,
} as AgreementTemplate;
export const draftOf = (extra: Record<string, unknown> = {}) => ({
  extends: formatTemplateRef(template),
  key: 'ett-lan',
  ...extra,
});
