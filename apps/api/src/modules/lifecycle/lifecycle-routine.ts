/** The routine an agreement version's own life runs in (libs/workflows' template). */
export const LIFECYCLE_ROUTINE = 'agreement-lifecycle';
