// The stored words of a document's pages, read with one statement whose table and column names come from the Page
// entity's metadata: every page of the document in order, nothing of another document, and whether each is done.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aDocument, anOrganisation, aPage, createTestDatabase, type TestDatabase } from '@woo/db/testing';
import { loadPageWords } from './page-words.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db?.drop());

describe('loadPageWords', () => {
  it('reads every page of the document in order, with its size, source, words and whether it is done', async () => {
    const em = db.orm.em.fork();
    const kase = aCase(em, { organisation: anOrganisation(em), receivedOn: '2026-03-02' });
    const document = aDocument(em, { case: kase });
    const other = aDocument(em, { case: kase, documentNumber: 2 });
    const word = { text: 'Jansen', x: 72, y: 100, width: 40, height: 12 };
    const second = aPage(em, { document, pageNumber: 2, ocrStatus: 'pending', words: null, hasTextLayer: false });
    const first = aPage(em, {
      document,
      pageNumber: 1,
      widthPt: 595.5,
      heightPt: 842,
      ocrStatus: 'done',
      hasTextLayer: true,
      words: [word],
    });
    aPage(em, { document: other, pageNumber: 1, ocrStatus: 'done', words: [word] });
    await em.flush();

    expect(await loadPageWords(db.orm.em.fork(), document.id)).toEqual([
      {
        pageId: first.id,
        done: true,
        text: { page: 1, width: 595.5, height: 842, source: 'text-layer', words: [word] },
      },
      {
        pageId: second.id,
        done: false,
        text: { page: 2, width: second.widthPt, height: second.heightPt, source: 'ocr', words: [] },
      },
    ]);
  });
});
