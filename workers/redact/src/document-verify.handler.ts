// document.verify: the leak gate over the public version of one review revision.
import { verifyRevision, type RedactionDeps } from '@woo/documents';
import { defineHandler, documentVerify } from '@woo/queue';

export function createDocumentVerifyHandler(deps: Pick<RedactionDeps, 'blobs' | 'limits'>) {
  return defineHandler(documentVerify, (payload, context) => verifyRevision(context.em, deps, payload));
}
