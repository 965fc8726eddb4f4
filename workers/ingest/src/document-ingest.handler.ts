// document.ingest: type by content, pages and page jobs, e-mail attachments split off (see @woo/documents ingest).
import { failIngestForGood, ingestDocument, type IngestDeps } from '@woo/documents';
import { defineHandler, documentIngest } from '@woo/queue';

export function createDocumentIngestHandler(deps: IngestDeps) {
  return defineHandler(documentIngest, async ({ documentId }, context) => {
    try {
      const result = await ingestDocument(context.em, deps, documentId);
      context.logger.info({ documentId, ...result }, 'document ingested');
      return result;
    } catch (error) {
      // An unreadable file fails its document inside ingestDocument and ends normally; this is the rest (blob
      // store, database): retried, and after the last attempt the document fails so nobody waits for it.
      if (context.attempt >= documentIngest.options.attempts) await failIngestForGood(context.em, documentId);
      throw error;
    }
  });
}
