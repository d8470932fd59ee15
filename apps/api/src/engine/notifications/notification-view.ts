/** A reminder or escalation, as the lists show it. */
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
