// The stand-in reviewer's one judgement beyond "accept everything": where the generator's truth names a public office
// holder openly on a page ("Minister Meindertsma") and an accepted region of that page carries the same surname
// ("Geachte mevrouw Meindertsma"), it records through the review API that the open occurrence is another person —
// what a person looking at the page sees. The leak gate then lets the office holder's name stand; everything else
// under the region stays as strict as before.
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
    .find(
      RedactionRegion,
      { document: document.id, status: 'accepted', page: { pageNumber: { $in: onFile.map((h) => h.page) } } },
      { populate: ['page'] },
    );
  for (const region of regions) {
    if (!region.text || region.namesakeAt || isIdentifierRegion(region)) continue;
    const text = words(region.text);
    const shares = onFile.some((holder) => {
      const surname = words(holder.surname);
      return holder.page === region.page.pageNumber && (text === surname || text.endsWith(` ${surname}`));
    });
    if (!shares) continue;
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
