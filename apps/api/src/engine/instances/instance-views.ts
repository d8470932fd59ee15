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

export interface TaskView {
  id: string;
  instanceId: string;
  caseRef: string;
  key: string;
  title: string;
  owedBy: string;
  parties: string[];
  status: 'open' | 'completed' | 'cancelled';
  openedAt: string;
  dueAt: string | null;
  overdue: boolean;
}

export interface DeadlineView {
  id: string;
  kind: string;
  key: string;
  state: string;
  dueAt: string;
}

export interface EventView {
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  source: 'user' | 'timer' | 'system';
  actorParty: string | null;
  at: string;
}

export interface NotificationView {
  id: string;
  instanceId: string;
  caseRef: string;
  kind: 'reminder' | 'escalation';
  taskKeys: string[];
  recipientRole: string;
  recipientParties: string[];
  status: string;
  createdAt: string;
}
