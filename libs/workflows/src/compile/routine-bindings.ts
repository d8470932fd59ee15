import { type RoutineBinding } from '@samverkan/agreements';

/**
 * What a county's agreement gives a routine: its parameters and which parties play its roles.
 * A whole `RoutineBinding` from the agreement fits as it is.
 */
export type RoutineBindings = Pick<RoutineBinding, 'roles'> & Partial<Pick<RoutineBinding, 'parameters'>>;
