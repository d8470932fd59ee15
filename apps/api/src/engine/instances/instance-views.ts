import type { DeadlineView } from '../deadlines/deadline-payload.js';
import type { TaskView } from '../tasks/task-view.js';

/** One running (or finished) case of a routine, as the API shows it. */
export interface InstanceView {
  id: string;
  caseRef: string;
  agreement: string;
  agreementVersion: number;
  routine: string;
  status: 'active' | 'done';
  state: unknown;
  activeStates: string[];
  tasks: TaskView[];
  deadlines: DeadlineView[];
  history: EventView[];
  rowVersion: number;
}

export interface EventView {
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  source: 'user' | 'timer' | 'system';
  actorParty: string | null;
  at: string;
}
