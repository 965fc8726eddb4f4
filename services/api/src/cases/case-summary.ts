import type { Case, User } from '@woo/db';
import { compareIsoDates, openStatuses, statusLabels, type CaseStatus, type IsoDate } from '@woo/domain';

export function isOpen(status: string): boolean {
  return (openStatuses as readonly string[]).includes(status);
}

/** One line of the case list (also the head of the detail). */
export function caseSummary(kase: Case, assignee: Pick<User, 'id' | 'displayName'> | null, today: IsoDate) {
  const status = kase.status as CaseStatus;
  return {
    id: kase.id,
    reference: kase.reference,
    status,
    statusLabel: statusLabels[status],
    channel: kase.channel,
    receivedOn: kase.receivedOn,
    deadline: kase.deadline,
    firstContactDue: kase.firstContactDue,
    extended: kase.extended,
    overdue: isOpen(status) && compareIsoDates(kase.deadline, today) < 0,
    requesterName: kase.requesterName,
    assignedTo: assignee ? { id: assignee.id, displayName: assignee.displayName } : null,
  };
}
