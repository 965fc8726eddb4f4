// What the burn-in and the leak gate are told must never survive: a finding's pieces that are identifiers on their
// own stay strict whatever they were linked to, and a naamgenoot decision never exempts an identifier.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aCase,
  aDocument,
  anOrganisation,
  aPage,
  aRedactionRegion,
  createTestDatabase,
  type TestDatabase,
} from '@woo/db/testing';
import { loadRedactionInput } from './redaction-input.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

async function documentWith(
  regions: { text: string; ground?: string; recogniser: string; y: number; group?: string; namesake?: boolean }[],
) {
  const em = db.orm.em.fork();
  const organisation = anOrganisation(em);
  const kase = aCase(em, { organisation, receivedOn: '2026-03-02' });
  const document = aDocument(em, { case: kase });
  const page = aPage(em, { document, ocrStatus: 'done', words: [] });
  for (const region of regions) {
    aRedactionRegion(em, {
      document,
      page,
      text: region.text,
      ground: region.ground ?? '5.1.2e',
      recogniser: region.recogniser,
      y: region.y,
      status: 'accepted',
      findingGroup: region.group ?? null,
      namesakeAt: region.namesake ? new Date() : null,
    });
  }
  await em.flush();
  return document.id;
}

describe('loadRedactionInput', () => {
  it('keeps each linked piece that is an e-mail address on its own strict, besides the joined text', async () => {
    const id = await documentWith([
      { text: 'jan.jansen@example.org', recogniser: 'email-address', y: 100, group: 'g1' },
      { text: 'piet.pieters@example.org', recogniser: 'email-address', y: 114, group: 'g1' },
    ]);
    const { identifiers } = await loadRedactionInput(db.orm.em.fork(), id);
    expect(identifiers).toEqual(
      expect.arrayContaining([
        'jan.jansen@example.org piet.pieters@example.org',
        'jan.jansen@example.org',
        'piet.pieters@example.org',
      ]),
    );
  });

  it('does not make a piece strict that is no identifier on its own (a name over two lines)', async () => {
    const id = await documentWith([
      { text: 'Van', recogniser: 'dutch-person-name', y: 100, group: 'g2' },
      { text: 'de Berg', recogniser: 'dutch-person-name', y: 114, group: 'g2' },
    ]);
    const { identifiers } = await loadRedactionInput(db.orm.em.fork(), id);
    expect(identifiers).toEqual(['Van de Berg']);
  });

  it('gives a naamgenoot decision no effect on an identifier region', async () => {
    const id = await documentWith([
      { text: 'Meindertsma', recogniser: 'dutch-person-name', y: 100, namesake: true },
      { text: '111222333', ground: '5.1.1e', recogniser: 'bsn-elfproef', y: 114, namesake: true },
    ]);
    const { identifiers, regions } = await loadRedactionInput(db.orm.em.fork(), id);
    expect(identifiers).toEqual(['111222333']);
    expect(regions.find((region) => region.text === 'Meindertsma')?.namesake).toBe(true);
    expect(regions.find((region) => region.text === '111222333')?.namesake).toBeUndefined();
  });
});
