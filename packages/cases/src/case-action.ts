// What a coordinator, the requester or the scheduler asks the case service to do. Most actions are the domain's
// case events as they are; a few carry more than the domain needs (the third party to ask, the contact moment's
// details), which the service stores in their own rows.
import type { AgreedScope, ContactChannel } from '@woo/db';
import type { CaseEvent, CaseEventOf, CaseEventType } from '@woo/domain';

/** The third party (belanghebbende) asked for a zienswijze: created by the action. */
export interface ThirdPartyInput {
  name: string;
  email?: string | null;
  postalAddress?: string | null;
  /** The case's documents that concern them: they see these, with the proposed redactions burnt in. */
  documentIds?: readonly string[];
  /** The same by their number in the case (documentnummer), as a coordinator reads them in the dossier. */
  documentNumbers?: readonly number[];
}

/** Fields every action may carry for the audit log. */
interface ActionCommon {
  /** Why, in the coordinator's words (audit log; never shown to the requester). */
  reason?: string | null;
}

export type ContactLoggedAction = CaseEventOf<'contact_logged'> &
  ActionCommon & {
    channel: ContactChannel;
    /** Who was spoken to. */
    contactPerson: string;
    agreedScope?: Partial<AgreedScope>;
    /** For outcome 'forwarded': the organisation the request goes to. */
    forwardedTo?: string | null;
  };

export type ZienswijzeAskedAction = Omit<CaseEventOf<'zienswijze_asked'>, 'thirdPartyId'> &
  ActionCommon & { thirdParty: ThirdPartyInput };

export type ZienswijzeReceivedAction = CaseEventOf<'zienswijze_received'> &
  ActionCommon & {
    objected?: boolean | null;
    view?: string | null;
    /** How the third party wants to be reached about their view (given with it). */
    contact?: string | null;
  };

export type PreciseringReceivedAction = CaseEventOf<'precisering_received'> &
  ActionCommon & {
    /** The requester's answer, when it came through the status page or was typed in. */
    answer?: string | null;
  };

/** Actions whose input is exactly the domain event. */
type PlainEventType = Exclude<
  CaseEventType,
  'contact_logged' | 'zienswijze_asked' | 'zienswijze_received' | 'precisering_received'
>;
type PlainAction = { [T in PlainEventType]: CaseEventOf<T> & ActionCommon }[PlainEventType];

/** Audit-only actions: they change no status and no date. */
export type NoteAction = { type: 'note'; on: string; text: string } & ActionCommon;
export type AssignAction = { type: 'assign'; on: string; userId: string | null } & ActionCommon;

export type CaseAction =
  | PlainAction
  | ContactLoggedAction
  | ZienswijzeAskedAction
  | ZienswijzeReceivedAction
  | PreciseringReceivedAction
  | NoteAction
  | AssignAction;

export type CaseActionType = CaseAction['type'];

/** The domain event an action records (the third party's id is known once its row exists). */
export function domainEventOf(action: CaseAction, thirdPartyId?: string): CaseEvent | null {
  switch (action.type) {
    case 'note':
    case 'assign':
      return null;
    case 'contact_logged':
      return {
        type: action.type,
        on: action.on,
        outcome: action.outcome,
        ...(action.writtenConsentToDelay !== undefined && { writtenConsentToDelay: action.writtenConsentToDelay }),
      };
    case 'zienswijze_asked':
      return { type: action.type, on: action.on, periodEnd: action.periodEnd, thirdPartyId: thirdPartyId ?? '' };
    case 'zienswijze_received':
      return { type: action.type, on: action.on, thirdPartyId: action.thirdPartyId };
    case 'precisering_received':
      return { type: action.type, on: action.on };
    case 'review_rejected':
      // Here `reason` is the domain's own field: the requester-invisible reason for the rejection.
      return { type: action.type, on: action.on, reason: action.reason };
    default: {
      const { reason: _reason, ...event } = action;
      return event as CaseEvent;
    }
  }
}
