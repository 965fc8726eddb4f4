// document.redact: the burn-in of one review revision; it enqueues the leak gate when the file is stored.
import { redactRevision, type RedactionDeps } from '@woo/documents';
import { defineHandler, documentRedact } from '@woo/queue';

export function createDocumentRedactHandler(deps: RedactionDeps) {
  return defineHandler(documentRedact, (payload, context) => redactRevision(context.em, deps, payload));
}
