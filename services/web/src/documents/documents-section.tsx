// The documents part of the case page (issue 5): add files by dropping them or choosing them, see each one being
// sent, then follow every document through the pipeline without reloading. Screen readers hear one polite summary
// when the counts change, not every percent.
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { ApiErrorAlert } from '../components/api-error-alert';
import { useI18n } from '../i18n/language';
import { useSession } from '../session/session';
import { tallyOf } from './document-stage';
import { DocumentList } from './document-list';
import { DropZone } from './drop-zone';
import { UploadList } from './upload-list';
import type { useCaseDocuments } from './use-case-documents';
import { useUploadQueue } from './upload-queue';
import './documents.css';

export function DocumentsSection({
  caseId,
  caseDocuments,
}: {
  caseId: string;
  /** The page's poll of the case's documents (useCaseDocuments). */
  caseDocuments: ReturnType<typeof useCaseDocuments>;
}) {
  const { t } = useI18n();
  const { user } = useSession();
  const { documents, uploadLimits, error, refresh } = caseDocuments;
  const uploads = useUploadQueue(caseId, refresh, uploadLimits?.maxFileBytes ?? null);
  const mayUpload = user?.role === 'coordinator' || user?.role === 'admin';

  const sent = uploads.items.filter((item) => ['done', 'rejected', 'failed'].includes(item.state)).length;
  const tally = documents ? tallyOf(documents) : null;
  const announcement = [
    uploads.items.length > 0 ? t('documents.live.uploading', { done: sent, total: uploads.items.length }) : '',
    tally && tally.total > 0
      ? t('documents.live.summary', {
          total: tally.total,
          moving: tally.moving,
          ready: tally.readyForReview,
          passed: tally.passed,
          failed: tally.failed,
        })
      : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="woo-documents">
      <div role="status" aria-live="polite" className="woo-documents__summary">
        {announcement && <Paragraph>{announcement}</Paragraph>}
      </div>
      {mayUpload ? (
        <>
          <Heading level={3}>{t('documents.addTitle')}</Heading>
          <DropZone onFiles={uploads.add} />
          <UploadList items={uploads.items} onRetry={uploads.retry} />
        </>
      ) : (
        <Paragraph>{t('documents.onlyCoordinators')}</Paragraph>
      )}
      <Heading level={3}>{t('documents.listTitle')}</Heading>
      {error !== null && <ApiErrorAlert error={error} />}
      {documents === null ? (
        error === null && <Paragraph>{t('documents.loading')}</Paragraph>
      ) : documents.length === 0 ? (
        <Paragraph>{t('documents.none')}</Paragraph>
      ) : (
        <DocumentList documents={documents} />
      )}
    </div>
  );
}
