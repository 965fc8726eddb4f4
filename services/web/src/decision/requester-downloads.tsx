// On the requester's status page: the decision letter once decided, and the public (redacted) versions of the
// disclosed documents once published. Nothing shows before there is something to download.
import { useEffect, useState } from 'react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { apiRequest } from '../api/api-client';
import { useI18n } from '../i18n/language';
import type { RequesterDownloads as Downloads } from './decision-types';

export function RequesterDownloads({ trackingCode }: { trackingCode: string }) {
  const { t, pick } = useI18n();
  const base = `/api/v1/requests/${encodeURIComponent(trackingCode)}`;
  const [downloads, setDownloads] = useState<Downloads | null>(null);

  useEffect(() => {
    apiRequest<Downloads>('GET', `${base}/downloads`).then(setDownloads, () => setDownloads(null));
  }, [base]);

  if (!downloads?.letter && !downloads?.published) return null;
  return (
    <section className="woo-panel" aria-labelledby="downloads-title">
      <Heading level={2} id="downloads-title">
        {t('downloads.title')}
      </Heading>
      {downloads.letter && (
        <Paragraph>
          <a className="utrecht-link" href={`${base}/decision`} download>
            {t('downloads.letter')}
          </a>
        </Paragraph>
      )}
      <Heading level={3}>{t('downloads.documentsTitle')}</Heading>
      {!downloads.published ? (
        <Paragraph>{t('downloads.notYetPublished')}</Paragraph>
      ) : downloads.documents.length === 0 ? (
        <Paragraph>{t('downloads.noDocuments')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('downloads.redactedNote')}</Paragraph>
          <ul className="utrecht-unordered-list">
            {downloads.documents.map((document) => (
              <li className="utrecht-unordered-list__item" key={document.documentNumber}>
                <a className="utrecht-link" href={`${base}/documents/${document.documentNumber}`} download>
                  {t('downloads.document', {
                    number: document.documentNumber,
                    title: document.title,
                    outcome: pick(document.outcomeLabel),
                  })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
