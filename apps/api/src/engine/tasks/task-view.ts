/** A task as the case view and the lists show it. */
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
