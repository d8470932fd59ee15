export { standardRoutineKeys, isStandardRoutine, type StandardRoutineKey } from './routine-ref.js';
