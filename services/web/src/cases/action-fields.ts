// The fields of each case action's small form, named by the API's body paths (services/api case-action.schemas.ts).
// Every action also takes `on` (the date it happened; empty = today) and an optional `reason` for the audit log.
import type { MessageKey } from '../i18n/messages';

export type ActionFieldKind = 'date' | 'text' | 'textarea' | 'select' | 'checkbox' | 'list' | 'thirdParty';

export interface ActionField {
  /** Dotted path in the request body, e.g. 'agreedScope.subjects'. */
  name: string;
  kind: ActionFieldKind;
  label: MessageKey;
  hint?: MessageKey;
  optional?: boolean;
  options?: { value: string; label: MessageKey }[];
}

const on: ActionField = {
  name: 'on',
  kind: 'date',
  label: 'action.field.on',
  hint: 'action.field.onHint',
  optional: true,
};
const reason: ActionField = {
  name: 'reason',
  kind: 'textarea',
  label: 'action.field.reason',
  hint: 'action.field.reasonHint',
  optional: true,
};

const contactChannels = ['phone', 'email', 'meeting', 'video', 'letter'] as const;
const contactOutcomes = [
  'continues_formally',
  'narrowed',
  'answered_informally',
  'pointed_to_public',
  'forwarded',
  'withdrawn',
] as const;

const specific: Record<string, ActionField[]> = {
  contact_logged: [
    {
      name: 'channel',
      kind: 'select',
      label: 'action.field.contactChannel',
      options: contactChannels.map((value) => ({ value, label: `contactChannel.${value}` as const })),
    },
    { name: 'contactPerson', kind: 'text', label: 'action.field.contactPerson' },
    {
      name: 'outcome',
      kind: 'select',
      label: 'action.field.contactOutcome',
      options: contactOutcomes.map((value) => ({ value, label: `contactOutcome.${value}` as const })),
    },
    {
      name: 'agreedScope.subjects',
      kind: 'list',
      label: 'action.field.scopeSubjects',
      hint: 'action.field.listHint',
      optional: true,
    },
    { name: 'agreedScope.period', kind: 'text', label: 'action.field.scopePeriod', optional: true },
    {
      name: 'agreedScope.documentTypes',
      kind: 'list',
      label: 'action.field.scopeDocumentTypes',
      hint: 'action.field.listHint',
      optional: true,
    },
    {
      name: 'agreedScope.custodians',
      kind: 'list',
      label: 'action.field.scopeCustodians',
      hint: 'action.field.listHint',
      optional: true,
    },
    { name: 'agreedScope.notes', kind: 'textarea', label: 'action.field.scopeNotes', optional: true },
    { name: 'writtenConsentToDelay', kind: 'checkbox', label: 'action.field.writtenConsentToDelay' },
    { name: 'forwardedTo', kind: 'text', label: 'action.field.forwardedTo', optional: true },
  ],
  precisering_asked: [
    {
      name: 'periodEnd',
      kind: 'date',
      label: 'action.field.preciseringEnd',
      hint: 'action.field.preciseringEndHint',
      optional: true,
    },
  ],
  precisering_received: [{ name: 'answer', kind: 'textarea', label: 'action.field.answer', optional: true }],
  consent_to_delay_given: [
    { name: 'until', kind: 'date', label: 'action.field.until', hint: 'action.field.untilHint', optional: true },
  ],
  zienswijze_asked: [
    { name: 'periodEnd', kind: 'date', label: 'action.field.zienswijzeEnd' },
    { name: 'thirdParty.name', kind: 'text', label: 'action.field.thirdPartyName' },
    { name: 'thirdParty.email', kind: 'text', label: 'action.field.thirdPartyEmail', optional: true },
    { name: 'thirdParty.postalAddress', kind: 'textarea', label: 'action.field.thirdPartyAddress', optional: true },
    {
      name: 'thirdParty.documentNumbers',
      kind: 'list',
      label: 'thirdParty.action.documents',
      hint: 'thirdParty.action.documentsHint',
      optional: true,
    },
  ],
  zienswijze_received: [
    { name: 'thirdPartyId', kind: 'thirdParty', label: 'action.field.thirdParty' },
    { name: 'objected', kind: 'checkbox', label: 'action.field.objected' },
    { name: 'view', kind: 'textarea', label: 'action.field.view', optional: true },
  ],
  zienswijze_lapsed: [{ name: 'thirdPartyId', kind: 'thirdParty', label: 'action.field.thirdParty' }],
  extension: [
    { name: 'reasons', kind: 'textarea', label: 'action.field.extensionReasons', hint: 'action.field.extensionHint' },
  ],
  court_order: [{ name: 'decideBy', kind: 'date', label: 'action.field.decideBy' }],
  forwarded: [{ name: 'to', kind: 'text', label: 'action.field.forwardTo' }],
  not_handled: [
    {
      name: 'ground',
      kind: 'select',
      label: 'action.field.notHandledGround',
      options: [
        { value: '4.1(6)', label: 'notHandled.4.1(6)' },
        { value: '4.6', label: 'notHandled.4.6' },
      ],
    },
  ],
};

/**
 * Actions the web does elsewhere, not in the generic form: `decided` is taken in the Besluit section, which makes the
 * letter to the requester with it (POST /actions/decided stays in the API for API users, without a letter).
 */
const handledElsewhere: ReadonlySet<string> = new Set(['decided']);

/** Whether the generic action form offers this action. */
export function isGenericAction(type: string): boolean {
  return !handledElsewhere.has(type);
}

/** The fields of an action's form, in order: its own, then the date and the reason. */
export function actionFields(type: string): ActionField[] {
  if (type === 'review_rejected') {
    return [on, { ...reason, optional: false, label: 'action.field.rejectReason', hint: undefined }];
  }
  return [...(specific[type] ?? []), on, reason];
}

/** The request body from the form's values: nested paths, lists split per line, empty optional fields left out. */
export function actionBody(fields: ActionField[], values: Record<string, string | boolean>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const raw = values[field.name];
    let value: unknown;
    if (field.kind === 'checkbox') value = raw === true;
    else if (field.kind === 'list') {
      const items = String(raw ?? '')
        .split(/\n|;/)
        .map((item) => item.trim())
        .filter(Boolean);
      value = items.length > 0 ? items : undefined;
    } else {
      const text = String(raw ?? '').trim();
      value = text === '' ? undefined : text;
    }
    if (value === undefined) continue;
    const path = field.name.split('.');
    let target = body;
    for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[path[path.length - 1]!] = value;
  }
  return body;
}
