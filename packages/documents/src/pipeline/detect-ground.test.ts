// One ground's detection against the real PostgreSQL: the regions it stores, and how the pieces of one finding over
// several lines are linked (finding_group) — by detection, which cut them from one span, never by their position.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedactionRegion } from '@woo/db';
import { aCase, aDocument, anOrganisation, aPage, createTestDatabase, type TestDatabase } from '@woo/db/testing';
import type { PageWord } from '@woo/domain';
import { detectGround } from './detect-ground.js';
import { loadRedactionInput } from './redaction-input.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

/** The lines as a text layer delivers them: 5 pt a character, 10 pt high, 14 pt between lines. */
function wordsOf(lines: readonly string[]): PageWord[] {
  const words: PageWord[] = [];
  lines.forEach((line, index) => {
    let x = 72;
    for (const text of line.split(' ')) {
      words.push({ text, x, y: 72 + index * 14, width: text.length * 5, height: 10, confidence: 1 });
      x += text.length * 5 + 3;
    }
  });
  return words;
}

async function aReadDocument(lines: readonly string[]): Promise<string> {
  const em = db.orm.em.fork();
  const document = aDocument(em, { case: aCase(em, { organisation: anOrganisation(em) }) });
  aPage(em, { document, ocrStatus: 'done', hasTextLayer: true, text: lines.join('\n'), words: wordsOf(lines) });
  await em.flush();
  return document.id;
}

const regionsOf = (documentId: string) =>
  db.orm.em.fork().find(RedactionRegion, { document: documentId }, { orderBy: { y: 'asc', x: 'asc' } });

describe('detectGround', () => {
  it('links the pieces of one name over two lines, and not two names on consecutive lines', async () => {
    const id = await aReadDocument([
      'Het gesprek was met Piet Bakker',
      'Kees de Vries was er ook bij.',
      'Later gesproken met de heer J.',
      'Jansen over het plan.',
    ]);
    expect(await detectGround(db.orm.em.fork(), id, '5.1.2e')).toMatchObject({ status: 'done', inserted: 4 });

    const regions = await regionsOf(id);
    expect(regions.map((region) => [region.text, region.recogniser])).toEqual([
      ['Piet Bakker', 'dutch-person-name'],
      ['Kees de Vries', 'dutch-person-name'],
      // Found by the lexicon and as the case's requester (the factory's Jan Jansen): merged, still linked.
      ['J.', 'known-person+dutch-person-name'],
      ['Jansen', 'known-person+dutch-person-name'],
    ]);
    const [piet, kees, initial, surname] = regions;
    // Two people whose names happen to follow each other across a line break: two findings.
    expect(piet?.findingGroup).toBeNull();
    expect(kees?.findingGroup).toBeNull();
    // One name the line break cut in two: one finding.
    expect(initial?.findingGroup).toEqual(expect.any(String));
    expect(surname?.findingGroup).toBe(initial?.findingGroup);

    // A re-run stores nothing twice and keeps the link.
    expect(await detectGround(db.orm.em.fork(), id, '5.1.2e')).toMatchObject({ status: 'done', inserted: 0 });
    expect((await regionsOf(id)).map((region) => region.findingGroup)).toEqual(
      regions.map((region) => region.findingGroup),
    );

    // What the leak gate is then told: each name strictly on its own, the split name as its joined text.
    await db.orm.em.fork().nativeUpdate(RedactionRegion, { document: id }, { status: 'accepted' });
    const { identifiers } = await loadRedactionInput(db.orm.em.fork(), id);
    expect(identifiers.sort()).toEqual(['J. Jansen', 'Kees de Vries', 'Piet Bakker']);
  });
});
