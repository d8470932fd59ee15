export { partyKinds, partyKindSchema, partyKindLabels, type PartyKind } from './party-kind.js';
export { parseTemplateRef, formatTemplateRef, type TemplateRef } from './template-ref.js';
