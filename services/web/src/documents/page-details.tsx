// Page by page, on request: whether each page was read from its own text or by OCR (or why it could not be), and
// whether it was searched. Fetched when opened, and again each time the document's counts change while open.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/language';
import { useSession } from '../session/session';
import type { DocumentDetail, DocumentPage, DocumentSummary } from './document-types';

export function PageDetails({ document }: { document: DocumentSummary }) {
  const { t } = useI18n();
  const { staffRequest } = useSession();
  const [open, setOpen] = useState(false);
  const [pages, setPages] = useState<DocumentPage[] | null>(null);
  const signature = JSON.stringify([document.progress, document.detectStatus]);

  useEffect(() => {
    if (!open) return;
    let current = true;
    staffRequest<DocumentDetail>('GET', `/api/v1/documents/${encodeURIComponent(document.id)}`).then(
      (detail) => current && setPages(detail.pages),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [open, signature, document.id, staffRequest]);

  return (
    <details className="woo-doc__page-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('documents.pagesDetails')}</summary>
      {open && pages === null && <p>{t('common.loading')}</p>}
      {pages && (
        <ul className="woo-doc__page-list">
          {pages.map((page) => (
            <li key={page.id}>{t('documents.pageLine', { number: page.pageNumber, state: pageState(t, page) })}</li>
          ))}
        </ul>
      )}
    </details>
  );
}

function pageState(t: ReturnType<typeof useI18n>['t'], page: DocumentPage): string {
  if (page.renderStatus === 'failed' || page.ocrStatus === 'failed') {
    return t('documents.page.failed', { reason: page.failureReason ?? '' });
  }
  if (page.ocrStatus === 'done') {
    const read = t(page.hasTextLayer ? 'documents.page.textLayer' : 'documents.page.ocr');
    return page.detectStatus === 'done' ? `${read}, ${t('documents.page.detected')}` : read;
  }
  if (page.ocrStatus === 'running' || page.renderStatus === 'running') return t('documents.page.running');
  return t('documents.page.waiting');
}
