// The files being sent: per file a labelled progress bar and, when it is done, what became of it. No live region
// here: the section announces a summary (so a screen reader does not read every percent).
import { Button } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/language';
import type { UploadItem } from './upload-queue';

export function UploadList({ items, onRetry }: { items: readonly UploadItem[]; onRetry: (key: number) => void }) {
  const { t, pick } = useI18n();
  if (items.length === 0) return null;
  return (
    <ul className="woo-uploads" aria-label={t('documents.uploadsTitle')}>
      {items.map((item) => {
        const id = `upload-${item.key}`;
        const percent = item.total > 0 ? Math.round((item.loaded / item.total) * 100) : 0;
        const state =
          item.state === 'waiting'
            ? t('documents.uploadWaiting')
            : item.state === 'sending'
              ? t('documents.uploadBusy', { percent })
              : item.state === 'login'
                ? t('documents.uploadLogin')
                : item.state === 'done'
                  ? t('documents.uploadDone', { number: item.documentNumber ?? '' })
                  : t(item.state === 'rejected' ? 'documents.uploadRejected' : 'documents.uploadFailed', {
                      reason: item.reason ? pick(item.reason) : '',
                    });
        const failed = item.state === 'rejected' || item.state === 'failed';
        return (
          <li key={item.key} className={`woo-upload woo-upload--${item.state}`}>
            <label htmlFor={id} className="woo-upload__name">
              <span className="woo-visually-hidden">{t('documents.uploadLabelPrefix')} </span>
              {item.file.name}
            </label>
            <progress
              id={id}
              className="woo-upload__bar"
              max={Math.max(item.total, 1)}
              value={failed ? 0 : item.loaded}
              aria-describedby={`${id}-state`}
            >
              {percent}%
            </progress>
            <span id={`${id}-state`} className="woo-upload__state">
              {state}
            </span>
            {item.state === 'failed' && (
              // Sending failed (network, or the login was cancelled): the file is still here, send it again.
              <Button appearance="secondary-action-button" onClick={() => onRetry(item.key)}>
                {t('documents.uploadRetry', { name: item.file.name })}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
