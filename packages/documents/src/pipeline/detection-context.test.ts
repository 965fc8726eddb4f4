// The detection context from the real database: requester, third parties and the officials of the case's own
// organisation whose names are not public — never a public official, never another organisation's official.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Official } from '@woo/db';
import {
  aCase,
  aDocument,
  anOrganisation,
  aPage,
  aRedactionRegion,
  aThirdParty,
  createTestDatabase,
  type TestDatabase,
} from '@woo/db/testing';
import { detectAll, knownPersonRecogniser } from '@woo/domain';
import type { PageText } from '@woo/domain';
import { loadDetectionContext } from './detection-context.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

function pageOf(text: string): PageText {
  const words = text.split(' ').map((word, i) => ({ text: word, x: 72 + i * 60, y: 100, width: 55, height: 10 }));
  return { page: 1, width: 595, height: 842, source: 'text-layer', words };
}

describe('loadDetectionContext', () => {
  it('feeds requester, third parties and the non-public officials of the own organisation as known persons', async () => {
    const em = db.orm.em.fork();
    const own = anOrganisation(em);
    const other = anOrganisation(em);
    const kase = aCase(em, { organisation: own, requesterName: 'Jan Jansen' });
    aThirdParty(em, { case: kase, name: 'Bouwbedrijf Noord B.V.' });
    em.create(Official, { organisation: own, name: 'Gerlof Wijnstra', namePublic: false });
    em.create(Official, { organisation: own, name: 'Wethouder Tjitske Bouma', namePublic: true });
    em.create(Official, { organisation: other, name: 'Hiltje Oostra', namePublic: false });
    await em.flush();

    const context = await loadDetectionContext(db.orm.em.fork(), kase.id);
    expect(context.caseNames).toEqual([]);
    expect(context.knownPersons).toEqual([
      { name: 'Jan Jansen', role: 'requester' },
      { name: 'Bouwbedrijf Noord B.V.', role: 'third_party' },
      { name: 'Gerlof Wijnstra', role: 'official' },
    ]);

    // And detection then finds the official in another spelling, but not the other organisation's official.
    const found = knownPersonRecogniser
      .detect(pageOf('Behandeld door G. Wijnstra en Hiltje Oostra van de provincie.'), context)
      .map((finding) => finding.text);
    expect(found).toEqual(['G. Wijnstra']);
  });

  it("passes the names proposed in the case's other documents, not rejected ones, weak ones or the document's own", async () => {
    const em = db.orm.em.fork();
    const organisation = anOrganisation(em);
    const kase = aCase(em, { organisation });
    const otherCase = aCase(em, { organisation });
    const first = aDocument(em, { case: kase });
    const second = aDocument(em, { case: kase });
    const elsewhere = aDocument(em, { case: otherCase });
    const pages = new Map([first, second, elsewhere].map((document) => [document, aPage(em, { document })]));
    const region = (document: typeof first, text: string, extra: Record<string, unknown> = {}) =>
      aRedactionRegion(em, {
        document,
        page: pages.get(document)!,
        text,
        recogniser: 'dutch-person-name',
        confidence: 0.92,
        ...extra,
      });
    region(first, 'mevrouw Zandbergen');
    region(first, 'Wietske Hoogeveen', { confidence: 0.7 });
    region(first, 'Kruijswijk', { status: 'rejected' });
    region(first, 'NL91ABNA0417164300', { recogniser: 'iban-mod97', confidence: 0.98 });
    region(second, 'de heer Oosterhof');
    region(elsewhere, 'Dijkstra-Hiemstra');
    await em.flush();

    const context = await loadDetectionContext(db.orm.em.fork(), kase.id, second.id);
    expect(context.caseNames).toEqual(['mevrouw Zandbergen']);

    // The surname is then proposed in the second document, where it stands alone.
    const found = detectAll([pageOf('Volgens Zandbergen en Oosterhof is het klaar.')], context);
    expect(found.map((finding) => finding.text)).toEqual(['Zandbergen']);
  });
});
