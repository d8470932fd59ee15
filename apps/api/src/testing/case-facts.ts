/**
 * What a case's start says about who it is for (issue 11), inside the target group of each seed
 * county's case routines: the category of violence and a yes to each criterion. A start without
 * it is refused, so every test that starts a case of a seed routine sends one.
 */
export const inTargetGroup = {
  /** Jämtland § 7, for `samrad` and `rvc`. */
  jamtland: { violenceCategory: 'mensViolenceAgainstWomen', attestation: { age: true, residence: true } },
  /** Västernorrland § 3, for `rvc`. */
  vasternorrland: { violenceCategory: 'closeRelationships', attestation: { age: true } },
  /** Norrbotten "Målgrupper", children, for `barnsamrad`. */
  norrbottenChildren: { attestation: { age: true } },
  /** Norrbotten, the RVC routine's own: "målsägande över 18 år". */
  norrbottenRvc: { violenceCategory: 'closeRelationships', attestation: { age: true } },
} as const;
