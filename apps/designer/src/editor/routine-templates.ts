import type { PartyKind } from '@samverkan/agreements';

/** A routine template the editor can bind, with its roles and the durations a county sets. */
export interface RoutineTemplateInfo {
  ref: string;
  /** The binding's key in the agreement. */
  key: string;
  title: string;
  roles: { name: string; title: string; kinds: PartyKind[]; choose?: 'homeMunicipality' }[];
  /** Durations set in whole hours. */
  hours: { name: string; title: string }[];
}

/**
 * The routine templates the editor offers. Their roles and parameters are those of the
 * definitions in libs/workflows (rvc-referral@1); the API's routine catalogue is not yet read
 * here (docs/designer.md, "What is left").
 */
export const ROUTINE_TEMPLATES: RoutineTemplateInfo[] = [
  {
    ref: 'rvc-referral@1',
    key: 'rvc',
    title: 'RVC-rutinen (förmedlad kontakt)',
    roles: [
      { name: 'police', title: 'Polisen (förmedlar kontakten)', kinds: ['police'] },
      {
        name: 'supportCentre',
        title: 'Stödcentrum (tar kontakt; den utsattas hemkommun)',
        kinds: ['municipality'],
        choose: 'homeMunicipality',
      },
    ],
    hours: [{ name: 'contactWithin', title: 'Kontakt ska tas inom' }],
  },
];
