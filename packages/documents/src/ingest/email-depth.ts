import type { EntityManager } from '@mikro-orm/postgresql';
import { Document } from '@woo/db';

/** How many e-mails this document sits in: 0 for an upload, 1 for an attachment of an uploaded e-mail. */
export async function emailDepth(em: EntityManager, document: Document, stopAfter: number): Promise<number> {
  let depth = 0;
  let parentId = document.parent?.id ?? null;
  // Stops early: beyond the limit the exact number does not matter, and a broken chain cannot loop forever.
  while (parentId !== null && depth <= stopAfter) {
    depth += 1;
    const parent: Document | null = await em.findOne(Document, { id: parentId });
    parentId = parent?.parent?.id ?? null;
  }
  return depth;
}
