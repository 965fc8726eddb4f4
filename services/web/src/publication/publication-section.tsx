// The "Publiceren" part of the case page: the publish button, and when publishing is not possible yet every reason
// why, in words that name the document (review not finished, leak gate failed on document N, disclosure hold until a
// date, no decision yet). The reasons come from the API, which refuses publishing for the same reasons.
import { useState } from 'react';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { ApiErrorAlert } from '../components/api-error-alert';
import { Loading } from '../components/loading';
import { Notice } from '../components/notice';
import type { PublicationState } from '../decision/decision-types';
import { useI18n } from '../i18n/language';
import { useSession } from '../session/session';
import { useStaffData } from '../session/use-staff-data';

interface Props {
  caseId: string;
  /** Changes when the case changed elsewhere on the page (a decision taken): the state is read again. */
  version: string;
  onChanged: () => void;
}

export function PublicationSection(props: Props) {
  const { t } = useI18n();
  return (
    <section className="woo-panel" aria-labelledby="publication-title">
      <Heading level={2} id="publication-title">
        {t('publication.title')}
      </Heading>
      <PublicationContent {...props} />
    </section>
  );
}

function PublicationContent({ caseId, version, onChanged }: Props) {
  const { t, pick, date } = useI18n();
  const { user, staffRequest } = useSession();
  const path = `/api/v1/cases/${caseId}/publication`;
  // Asked again when the case changes elsewhere on the page (a decision taken, a document verified).
  const state = useStaffData<PublicationState>(path, version);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const mayPublish = user?.role === 'coordinator' || user?.role === 'admin';

  if (state.error !== null) return <ApiErrorAlert error={state.error} />;
  const current = state.data;
  if (!current) return <Loading />;

  async function publish() {
    setBusy(true);
    setError(null);
    try {
      state.setData(await staffRequest<PublicationState>('POST', path, {}));
      setNotice(t('publication.publishedNotice'));
      onChanged();
    } catch (failure) {
      setError(failure);
      state.reload();
    } finally {
      setBusy(false);
    }
  }

  const published = current.publication;
  return (
    <div className="woo-publication">
      <div role="status" className="woo-live">
        {notice && (
          <Notice type="ok">
            <Paragraph>{notice}</Paragraph>
          </Notice>
        )}
      </div>
      {published ? (
        <Paragraph>
          {t('publication.published', { date: published.publishedOn ? date(published.publishedOn) : '' })}
        </Paragraph>
      ) : current.ready ? (
        <Paragraph>{t('publication.ready')}</Paragraph>
      ) : (
        <div className="woo-publication__blocked">
          <Paragraph id="publication-blocked-title">{t('publication.blockedTitle')}</Paragraph>
          <ul id="publication-reasons" aria-labelledby="publication-blocked-title">
            {current.reasons.map((reason) => (
              <li key={`${reason.code}-${reason.documentNumber ?? ''}`}>{pick(reason)}</li>
            ))}
          </ul>
        </div>
      )}
      {error !== null && <ApiErrorAlert error={error} />}
      {!published && mayPublish && (
        <ButtonGroup>
          <Button
            type="button"
            appearance="primary-action-button"
            disabled={busy || !current.ready}
            aria-describedby={current.ready ? undefined : 'publication-reasons'}
            onClick={() => void publish()}
          >
            {t('publication.publish')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={state.reload}>
            {t('publication.recheck')}
          </Button>
        </ButtonGroup>
      )}
    </div>
  );
}
