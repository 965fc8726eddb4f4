// The stand-in reviewer's one judgement beyond "accept everything": where the generator's truth names a public office
// holder openly in a document ("Minister Meindertsma") and an accepted region of that document carries the same
// surname ("Geachte mevrouw Meindertsma"), it records through the review API that the open occurrence is another
// person — what a person looking at the document sees. The whole document, not only the region's page: the gate
// searches the whole public version, and in the dossier the office holder often stands a page before or after the
// private person. The leak gate then lets the office holder's name stand; everything else under the region stays as
// strict as before.
import { Document, RedactionRegion } from '@woo/db';
import { isIdentifierRegion } from '../../packages/documents/src/review/region-namesake.js';
import type { TestApi } from '../../services/api/src/testing/api-test-harness.js';
import type { OfficeHolderItem } from '../generate/truth.js';

let recorded = 0;

/** How many regions the stand-in reviewer marked as a namesake so far. */
export const namesakesRecorded = () => recorded;

const words = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The document's name as truth.json names it: "<mail>.eml/<attachment>" for an e-mail's attachment. */
async function truthFileOf(api: TestApi, document: Document): Promise<string> {
  if (!document.parent) return document.originalFilename;
  const parent = await api.db.orm.em.fork().findOneOrFail(Document, document.parent.id);
  return `${parent.originalFilename}/${document.originalFilename}`;
}

export async function markNamesakes(
  api: TestApi,
  document: Document,
  officeHolders: readonly OfficeHolderItem[],
  cookie: string,
): Promise<void> {
  const file = await truthFileOf(api, document);
  const onFile = officeHolders.filter((holder) => holder.file === file);
  if (onFile.length === 0) return;
  const regions = await api.db.orm.em
    .fork()
    .find(RedactionRegion, { document: document.id, status: 'accepted' }, { populate: ['page'] });
  const surnames = onFile.map((holder) => words(holder.surname));
  for (const region of regions) {
    if (!region.text || region.namesakeAt || isIdentifierRegion(region)) continue;
    const text = words(region.text);
    if (!surnames.some((surname) => text === surname || text.endsWith(` ${surname}`))) continue;
    const response = await api.request('PUT', `/api/v1/regions/${region.id}/namesake`, {
      cookie,
      body: { namesake: true },
    });
    if (response.status !== 200) {
      throw new Error(
        `namesake ${file} p${region.page.pageNumber}: ${response.status} ${JSON.stringify(response.body)}`,
      );
    }
    if (response.body.changed) recorded += 1;
  }
}
