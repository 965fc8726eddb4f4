// The detection context from the real database: requester, third parties and the officials of the case's own
// organisation whose names are not public — never a public official, never another organisation's official.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Official } from '@woo/db';
import { aCase, anOrganisation, aThirdParty, createTestDatabase, type TestDatabase } from '@woo/db/testing';
import { knownPersonRecogniser } from '@woo/domain';
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
});
