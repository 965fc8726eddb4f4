// A document ready for the review page: a case (a row made by the factory, in the server's organisation) with one
// PDF uploaded through the API with the coordinator's session, rendered and detected by the server's workers.
import { Organisation } from '@woo/db';
import { aCase } from '@woo/db/testing';
import { textPdf, type DrawnLine } from '../../../packages/pdf/src/testing/index.js';
import type { StaffApi } from './staff-api.js';
import { until } from './until.js';
import type { WebTestServer } from './web-test-server.js';

/** The PDF is made from text lines, or given as bytes; waits until every page is rendered and detection is done. */
export async function uploadToNewCase(
  server: WebTestServer,
  staff: StaffApi,
  cookie: string,
  filename: string,
  content: readonly DrawnLine[] | Uint8Array,
  requesterName = 'Pieter de Vries',
): Promise<string> {
  const em = server.db.orm.em.fork();
  const organisation = await em.findOneOrFail(Organisation, { slug: 'voorbeeldstad' });
  const kase = aCase(em, {
    organisation,
    receivedOn: '2026-03-02',
    question: 'Alle verslagen van het overleg over project Zwaluw.',
    requesterName,
  });
  await em.flush();
  const pdf = content instanceof Uint8Array ? content : await textPdf({ lines: content });
  const form = new FormData();
  form.append('files', new Blob([pdf], { type: 'application/pdf' }), filename);
  const upload = await staff.call(cookie, 'POST', `/api/v1/cases/${kase.id}/documents`, form);
  const documentId: string = upload.documents[0].id;
  await until(
    'detection',
    () => staff.call(cookie, 'GET', `/api/v1/documents/${documentId}`),
    (document) =>
      document.detectStatus === 'done' &&
      document.pages.length > 0 &&
      document.pages.every((page: { renderStatus: string }) => page.renderStatus === 'done'),
  );
  return documentId;
}
