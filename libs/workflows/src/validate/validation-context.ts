import { type Problem } from '@samverkan/agreements';
import { type ParameterType, type RoutineDefinition, TIMER } from '../definition/routine-definition.js';
import { type StateEntry, stateEntries, stateIndex, taskEntries } from '../definition/state-tree.js';
import { type ProblemPath, routineProblem } from './problem.js';

/** What every check of a (well-formed) definition needs, and where they put what they find. */
export class ValidationContext {
  readonly problems: Problem[] = [];
  readonly states: StateEntry[];
  readonly index: Map<string, StateEntry>;
  readonly tasks: ReturnType<typeof taskEntries>;

  constructor(readonly definition: RoutineDefinition) {
    this.states = stateEntries(definition);
    this.index = stateIndex(definition);
    this.tasks = taskEntries(definition);
  }

  report(path: ProblemPath, code: string, sv: string, en: string): void {
    this.problems.push(routineProblem(path, code, sv, en));
  }

  parameterType(name: string): ParameterType | undefined {
    return Object.hasOwn(this.definition.parameters, name) ? this.definition.parameters[name]?.type : undefined;
  }

  hasRole(name: string): boolean {
    return Object.hasOwn(this.definition.roles, name);
  }

  /** Reports a role name that the definition does not declare. */
  expectRole(name: string, path: ProblemPath, allowTimer = false): void {
    if (this.hasRole(name) || (allowTimer && name === TIMER)) return;
    this.report(
      path,
      'unknownRole',
      `Rollen ${name} finns inte i rutinens roller.`,
      `Role ${name} is not one of the routine's roles.`,
    );
  }

  /** Reports a parameter that does not exist or is not of one of the types. */
  expectParameter(name: string, types: readonly ParameterType[], path: ProblemPath): void {
    const type = this.parameterType(name);
    if (type === undefined) {
      this.report(
        path,
        'unknownParameter',
        `Rutinen har ingen parameter ${name}.`,
        `The routine has no parameter ${name}.`,
      );
    } else if (!types.includes(type)) {
      this.report(
        path,
        'parameterWrongType',
        `Parametern ${name} är av typen ${type} men här behövs ${types.join(' eller ')}.`,
        `Parameter ${name} is of type ${type} but ${types.join(' or ')} is needed here.`,
      );
    }
  }

  eventDeclared(name: string): boolean {
    return Object.hasOwn(this.definition.events, name);
  }
}
