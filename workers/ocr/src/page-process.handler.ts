// page.process: one page's text (text layer or OCR); the last page of a document enqueues detection.
import { failPage, failureReasonOf, processPage, type PageProcessingDeps } from '@woo/documents';
import { defineHandler, pageProcess } from '@woo/queue';

export function createPageProcessHandler(deps: PageProcessingDeps) {
  return defineHandler(pageProcess, async ({ pageId }, context) => {
    try {
      return await processPage(context.em, deps, pageId);
    } catch (error) {
      // Unreadable input fails the page inside processPage; this is the rest (blob store, database, OCR crash):
      // retried, and after the last attempt the page fails with a reason the coordinator sees.
      if (context.attempt >= pageProcess.options.attempts) await failPage(context.em, pageId, failureReasonOf(error));
      throw error;
    }
  });
}
