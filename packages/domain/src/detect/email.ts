// E-mail addresses → 5.1.2e. OCR'd spacing around "@" is tolerated ("jan @ voorbeeld.nl").
// Not proposed: the functional mailboxes of organisations (info@, woo@, postbus@, …): they identify no person, and
// blacking them out would only make a published document harder to read.
import type { Finding } from './finding.js';
import { matchAll } from './keyword-near.js';
import { readPageLines } from './page-lines.js';
import type { Recogniser } from './recogniser.js';
import { findingsForSpan } from './span-findings.js';

const EMAIL =
  /(?<![\p{L}\d._%+-])[\p{L}\d][\p{L}\d._%+'-]*\s?@\s?[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?(?:\.[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?)*\.\p{L}{2,24}(?![\p{L}\d])/gu;

const FUNCTIONAL_MAILBOXES = new Set([
  'info',
  'contact',
  'woo',
  'wob',
  'woo-verzoek',
  'wooverzoek',
  'woo-verzoeken',
  'wooverzoeken',
  'postbus',
  'post',
  'secretariaat',
  'noreply',
  'no-reply',
  'donotreply',
  'helpdesk',
  'servicedesk',
  'klantcontact',
  'klantenservice',
  'communicatie',
  'pers',
  'persvoorlichting',
  'receptie',
  'administratie',
  'support',
  'privacy',
  'fg',
  'functionarisgegevensbescherming',
  'gemeente',
  'bestuurssecretariaat',
  'griffie',
  'raadsgriffie',
  'webmaster',
  'klachten',
  'bezwaar',
  'bezwaarschriften',
]);

/** True for info@, woo@ and the like: a mailbox of an organisation, not of a person. */
export function isFunctionalMailbox(address: string): boolean {
  const local = address.split('@')[0]?.trim().toLowerCase() ?? '';
  return FUNCTIONAL_MAILBOXES.has(local);
}

export const emailRecogniser: Recogniser = {
  name: 'email-address',
  ground: '5.1.2e',
  kinds: ['email'],
  detect(page) {
    const lines = readPageLines(page);
    const findings: Finding[] = [];
    for (const { start, end, match } of matchAll(lines.text, EMAIL)) {
      if (isFunctionalMailbox(match[0])) continue;
      findings.push(
        ...findingsForSpan(lines, start, end, {
          ground: '5.1.2e',
          kind: 'email',
          recogniser: 'email-address',
          confidence: 0.97,
        }),
      );
    }
    return findings;
  },
};
