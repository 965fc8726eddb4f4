// Sample facts for every template, as producers would write them into Notification.data. Used by the tests.
import { computeDecisionDeadline, defaultHolidayCalendar } from '@woo/domain';
import type { NotificationData, NotificationTemplateName } from './all-templates.js';

const calendar = defaultHolidayCalendar();
/** Received Monday 2 March 2026: the term ends on Monday 30 March 2026 (28 days, no holiday). */
export const acknowledgementDeadline = computeDecisionDeadline({
  receivedOn: '2026-03-02',
  suspensions: [],
  extended: false,
  calendar,
});

const base = { reference: 'WOO-2026-0042', organisationName: 'Gemeente Voorbeeldstad', recipientName: 'Jan Jansen' };
const statusUrl = 'https://woo.voorbeeldstad.nl/status/abc123';

export const templateSamples: { [T in NotificationTemplateName]: NotificationData<T> } = {
  'request.acknowledgement': {
    ...base,
    receivedOn: '2026-03-02',
    deadline: acknowledgementDeadline.deadline,
    deadlineExplanation: acknowledgementDeadline.steps,
    statusUrl,
  },
  'contact.confirmation': {
    ...base,
    occurredOn: '2026-03-04',
    channel: 'phone',
    agreedScope: {
      subjects: ['herinrichting Stationsplein'],
      period: '2024–2025',
      documentTypes: ['e-mails', 'notulen'],
      custodians: ['afdeling Ruimte'],
      notes: 'Geen conceptversies',
    },
    outcome: 'narrowed',
    writtenConsentToDelay: true,
    statusUrl,
  },
  'precisering.requested': {
    ...base,
    askedOn: '2026-03-05',
    question: 'Over welke periode wilt u documenten ontvangen?',
    periodEnd: '2026-03-19',
    statusUrl,
  },
  'zienswijze.requested': {
    ...base,
    recipientName: 'Bouwbedrijf Noord B.V.',
    askedOn: '2026-03-10',
    periodEnd: '2026-03-24',
    documentsDescription: 'De offerte van 12 februari 2025',
    respondUrl: 'https://woo.voorbeeldstad.nl/zienswijze/xyz',
  },
  'zienswijze.received': {
    ...base,
    recipientName: 'Bouwbedrijf Noord B.V.',
    receivedOn: '2026-03-20',
    objected: true,
  },
  'deadline.changed': {
    ...base,
    reason: 'extension',
    previousDeadline: '2026-03-30',
    deadline: '2026-04-14',
    deadlineExplanation: [
      { nl: 'ontvangen op maandag 2 maart 2026', en: 'received on Monday 2 March 2026' },
      { nl: '+2 weken verdaging = dinsdag 14 april 2026', en: '+2 weeks extension = Tuesday 14 April 2026' },
    ],
    extensionReasons: 'Er zijn veel documenten gevonden.',
    statusUrl,
  },
  'zienswijze.requester-informed': {
    ...base,
    toldOn: '2026-03-10',
    periodEnd: '2026-03-24',
    suspended: true,
    deadline: '2026-04-01',
    deadlineExplanation: [
      { nl: 'ontvangen op maandag 2 maart 2026', en: 'received on Monday 2 March 2026' },
      {
        nl: 'opgeschort voor zienswijze = woensdag 1 april 2026',
        en: 'suspended for zienswijze = Wednesday 1 April 2026',
      },
    ],
  },
  'extension.announced': {
    ...base,
    announcedOn: '2026-03-20',
    reasons: 'Er zijn veel documenten gevonden.',
    firstTermEnd: '2026-03-30',
    deadline: '2026-04-14',
    deadlineExplanation: [
      { nl: 'ontvangen op maandag 2 maart 2026', en: 'received on Monday 2 March 2026' },
      { nl: '+2 weken verdaging = dinsdag 14 april 2026', en: '+2 weeks extension = Tuesday 14 April 2026' },
    ],
    statusUrl,
  },
  'request.forwarded': { ...base, forwardedOn: '2026-03-06', to: 'Provincie Noord-Holland' },
  'request.not-handled': { ...base, on: '2026-03-20', ground: '4.1(6)' },
  'request.withdrawn': { ...base, on: '2026-03-09' },
  'deadline.reminder': {
    ...base,
    recipientName: 'Sam de Vries',
    deadline: '2026-04-07',
    workingDaysLeft: 5,
    caseUrl: 'https://woo.voorbeeldstad.nl/zaken/1',
  },
  'first-contact.reminder': {
    ...base,
    recipientName: 'Sam de Vries',
    receivedOn: '2026-03-02',
    firstContactDue: '2026-03-05',
    normWorkingDays: 3,
    overdue: false,
  },
  'case.overdue': {
    ...base,
    recipientName: 'Anna Admin',
    deadline: '2026-03-30',
    assigneeName: 'Sam de Vries',
  },
  'decision.sent': {
    ...base,
    decidedOn: '2026-03-27',
    outcome: 'deels_openbaar',
    disclosureHoldUntil: '2026-04-11',
    statusUrl,
  },
};
