import { selfAndAncestors, stateEntries } from '../definition/state-tree.js';
import { type ValidationContext } from './validation-context.js';

/**
 * Task keys are unique; a task is owed by a declared role; its completing events are sent by
 * that role and can arrive while the task is open; a per-item task's events name their item.
 */
export function checkTasks(ctx: ValidationContext): void {
  const seen = new Set<string>();
  for (const { task, state, index } of ctx.tasks) {
    const path = [...state.path, 'tasks', index];
    if (seen.has(task.key)) {
      ctx.report(
        [...path, 'key'],
        'duplicateTask',
        `Uppgiften ${task.key} finns redan.`,
        `Task ${task.key} already exists.`,
      );
    }
    seen.add(task.key);
    ctx.expectRole(task.owedBy, [...path, 'owedBy']);
    const handledHere = new Set(
      [...selfAndAncestors(state), ...stateEntries({ ...ctx.definition, states: state.spec.states ?? {} })].flatMap(
        (entry) => Object.keys(entry.spec.on ?? {}),
      ),
    );
    task.completedBy.forEach((event, e) => {
      const eventPath = [...path, 'completedBy', e];
      const spec = ctx.definition.events[event];
      if (!spec) return; // reported by checkEvents
      if (task.forEach === undefined && !handledHere.has(event)) {
        ctx.report(
          eventPath,
          'completingEventNotHandled',
          `Händelsen ${event} hanteras inte medan ${state.id} är aktivt, så uppgiften ${task.key} kan inte fullgöras.`,
          `Event ${event} is not handled while ${state.id} is active, so task ${task.key} can never be completed.`,
        );
      }
      if (task.forEach !== 'assignedAction' && !spec.sentBy.includes(task.owedBy)) {
        ctx.report(
          eventPath,
          'completedByOtherRole',
          `Händelsen ${event} skickas inte av ${task.owedBy}, som är skyldig uppgiften ${task.key}.`,
          `Event ${event} is not sent by ${task.owedBy}, who owes task ${task.key}.`,
        );
      }
      if (task.forEach !== undefined) {
        const field = task.forEach === 'party' ? 'party' : 'action';
        if (spec.payload?.[field] !== 'required') {
          ctx.report(
            eventPath,
            'payloadFieldMissing',
            `Händelsen ${event} ska bära fältet ${field} (obligatoriskt) för att fullgöra ${task.key} per ${task.forEach === 'party' ? 'part' : 'åtgärd'}.`,
            `Event ${event} must carry field ${field} (required) to complete ${task.key} per item.`,
          );
        }
        const shadowed =
          !Object.hasOwn(state.spec.on ?? {}, event) &&
          selfAndAncestors(state).some((entry) => entry !== state && Object.hasOwn(entry.spec.on ?? {}, event));
        if (shadowed) {
          ctx.report(
            eventPath,
            'shadowedEvent',
            `Händelsen ${event} hanteras av ett yttre tillstånd; ange den i ${state.id}.on så att båda sker.`,
            `Event ${event} is handled by an outer state; declare it in ${state.id}.on so that both happen.`,
          );
        }
      }
    });
  }
}
