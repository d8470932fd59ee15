import { type Problem } from '@samverkan/agreements';
import { settingLimitProblem } from '../time/time-limits.js';
import { type ParameterSpec, type RoutineDefinition } from '../definition/routine-definition.js';
import { type ParameterSetting } from '../registry/routine-context.js';
import { routineProblem } from '../validate/problem.js';
import { type RoutineBindings } from './routine-bindings.js';

const typeNames: Record<ParameterSpec['type'], string> = {
  duration: 'en tidslängd (ISO 8601)',
  workingDays: 'ett antal arbetsdagar',
  count: 'ett antal',
  boolean: 'sant eller falskt',
  text: 'en text',
};

/**
 * The value of every parameter: the binding's where it gives one, else the definition's
 * default; an optional parameter without either has none. Reports a binding value of the wrong type or beyond what a due time can be counted
 * with, a parameter without value or default, and a binding value for a parameter the routine
 * does not have.
 */
export function resolveParameters(
  definition: RoutineDefinition,
  bindings: RoutineBindings | undefined,
): { settings: Record<string, ParameterSetting>; problems: Problem[] } {
  const settings: Record<string, ParameterSetting> = {};
  const problems: Problem[] = [];
  const given = bindings?.parameters ?? {};
  for (const [name, spec] of Object.entries(definition.parameters)) {
    const value = given[name];
    if (value !== undefined && value.type !== spec.type) {
      problems.push(
        routineProblem(
          ['bindings', 'parameters', name, 'type'],
          'parameterWrongType',
          `Parametern ${name} ska vara ${typeNames[spec.type]}, inte ${typeNames[value.type]}.`,
          `Parameter ${name} must be of type ${spec.type}, not ${value.type}.`,
        ),
      );
      continue;
    }
    const beyond = value && settingLimitProblem(value);
    if (beyond) {
      problems.push(routineProblem(['bindings', 'parameters', name, 'value'], beyond.code, beyond.sv, beyond.en));
      continue;
    }
    const setting = value ?? defaultSetting(spec);
    if (setting === undefined) {
      // An optional parameter left unset times nothing: its timers are simply not armed.
      if (bindings !== undefined && !isOptional(spec)) {
        problems.push(
          routineProblem(
            ['bindings', 'parameters', name],
            'parameterMissing',
            `Parametern ${name} (${spec.title}) saknar värde och rutinen har inget standardvärde.`,
            `Parameter ${name} has no value and the routine gives no default.`,
          ),
        );
      }
      continue;
    }
    settings[name] = strip(setting);
  }
  for (const name of Object.keys(given)) {
    if (!Object.hasOwn(definition.parameters, name)) {
      problems.push(
        routineProblem(
          ['bindings', 'parameters', name],
          'unknownParameter',
          `Rutinen har ingen parameter ${name}.`,
          `The routine has no parameter ${name}.`,
        ),
      );
    }
  }
  return { settings, problems };
}

function isOptional(spec: ParameterSpec): boolean {
  return (spec.type === 'duration' || spec.type === 'workingDays') && spec.optional === true;
}

function defaultSetting(spec: ParameterSpec): ParameterSetting | undefined {
  switch (spec.type) {
    case 'duration':
      return spec.default === undefined ? undefined : { type: 'duration', value: spec.default };
    case 'workingDays':
      return spec.default === undefined ? undefined : { type: 'workingDays', value: spec.default };
    case 'count':
      return spec.default === undefined ? undefined : { type: 'count', value: spec.default };
    case 'boolean':
      return spec.default === undefined ? undefined : { type: 'boolean', value: spec.default };
    case 'text':
      return spec.default === undefined ? undefined : { type: 'text', value: spec.default };
  }
}

// A binding's value may carry its `source`; the instance needs only type and value.
function strip(setting: ParameterSetting): ParameterSetting {
  switch (setting.type) {
    case 'duration':
      return { type: 'duration', value: setting.value };
    case 'workingDays':
      return { type: 'workingDays', value: setting.value };
    case 'count':
      return { type: 'count', value: setting.value };
    case 'boolean':
      return { type: 'boolean', value: setting.value };
    case 'text':
      return { type: 'text', value: setting.value };
  }
}
