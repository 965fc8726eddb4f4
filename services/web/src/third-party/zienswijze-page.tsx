// The third party's page behind the link in their zienswijze request: the case reference and organisation, their
// period, the documents concerning them as they would be published (page images made on the server with the
// proposed redactions burnt in — never the original with boxes drawn over it), and a form for their view. After
// sending: a confirmation on the page (and by e-mail). After the period, or once answered, the form says so.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Link,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { apiRequest } from '../api/api-client';
import { ApiErrorAlert } from '../components/api-error-alert';
import { Facts } from '../components/facts';
import { Loading } from '../components/loading';
import { Notice } from '../components/notice';
import { usePageTitle } from '../components/use-page-title';
import { ErrorSummary } from '../forms/error-summary';
import { TextAreaField, TextField } from '../forms/fields';
import { errorsFromApi, noErrors, summaryLines, type FormErrors } from '../forms/form-errors';
import { useI18n } from '../i18n/language';
import { thirdPartyPaths, type ThirdPartyDocument, type ThirdPartyView } from './third-party-api';
import './zienswijze.css';

export function ZienswijzePage({ token }: { token: string }) {
  const { t } = useI18n();
  const paths = thirdPartyPaths(token);
  const [view, setView] = useState<ThirdPartyView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [justSent, setJustSent] = useState(false);
  usePageTitle(justSent ? t('thirdParty.confirmTitle') : t('thirdParty.title'), t('site.name'));

  useEffect(() => {
    apiRequest<ThirdPartyView>('GET', paths.view).then(setView, setLoadError);
  }, [paths.view]);

  if (loadError) {
    return (
      <>
        <Heading level={1}>{t('thirdParty.title')}</Heading>
        <ApiErrorAlert error={loadError} />
      </>
    );
  }
  if (!view) return <Loading />;
  if (justSent && view.answer) return <Confirmation view={view} />;

  return (
    <>
      <Paragraph className="woo-pre-heading">
        {t('thirdParty.preHeading', { reference: view.reference, organisation: view.organisation.name })}
      </Paragraph>
      <Heading level={1}>{t('thirdParty.title')}</Heading>
      <Paragraph appearance="lead">{t('thirdParty.intro', { organisation: view.organisation.name })}</Paragraph>

      <FormStateNotice view={view} />

      <section className="woo-panel" aria-labelledby="zienswijze-facts-title">
        <Heading level={2} id="zienswijze-facts-title">
          {t('thirdParty.periodTitle')}
        </Heading>
        <ThirdPartyFacts view={view} />
        <Paragraph>{t('thirdParty.periodWhy')}</Paragraph>
      </section>

      <section className="woo-panel" aria-labelledby="zienswijze-documents-title">
        <Heading level={2} id="zienswijze-documents-title">
          {t('thirdParty.documentsTitle')}
        </Heading>
        {view.documents.length === 0 ? (
          <Paragraph>{t('thirdParty.documentsNone')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('thirdParty.documentsIntro')}</Paragraph>
            {view.documents.map((document) => (
              <DocumentPreview key={document.id} document={document} paths={paths} />
            ))}
          </>
        )}
      </section>

      {view.form === 'open' && (
        <AnswerForm
          path={paths.view}
          onSent={(next) => {
            setView(next);
            setJustSent(true);
          }}
        />
      )}
    </>
  );
}

function ThirdPartyFacts({ view }: { view: ThirdPartyView }) {
  const { t, date } = useI18n();
  return (
    <Facts
      items={[
        [t('thirdParty.facts.reference'), view.reference],
        [t('thirdParty.facts.organisation'), view.organisation.name],
        [t('thirdParty.facts.name'), view.name],
        [t('thirdParty.facts.askedOn'), date(view.askedOn)],
        [t('thirdParty.facts.periodEndsOn'), date(view.periodEndsOn)],
      ]}
    />
  );
}

function FormStateNotice({ view }: { view: ThirdPartyView }) {
  const { t, date } = useI18n();
  switch (view.form) {
    case 'open':
      return (
        <Notice type="info">
          <Paragraph>{t('thirdParty.periodOpen', { date: date(view.periodEndsOn) })}</Paragraph>
        </Notice>
      );
    case 'answered':
      return (
        <Notice type="ok">
          <Paragraph>
            {t('thirdParty.answered', { date: date(view.answer?.receivedOn ?? view.periodEndsOn) })}
          </Paragraph>
        </Notice>
      );
    case 'period_ended':
      return (
        <Notice type="warning">
          <Paragraph>
            {t('thirdParty.periodEnded', { date: date(view.periodEndsOn), organisation: view.organisation.name })}
          </Paragraph>
        </Notice>
      );
    case 'closed':
      return (
        <Notice type="info">
          <Paragraph>{t('thirdParty.closed')}</Paragraph>
        </Notice>
      );
  }
}

function DocumentPreview({
  document,
  paths,
}: {
  document: ThirdPartyDocument;
  paths: ReturnType<typeof thirdPartyPaths>;
}) {
  const { t, date } = useI18n();
  const titleId = `zienswijze-document-${document.documentNumber}`;
  const redactions =
    document.redactions.length === 0
      ? t('thirdParty.noRedactions')
      : document.redactions
          .map((item) => t('thirdParty.redactionCount', { count: item.count, ground: item.ground }))
          .join(', ');
  return (
    <article className="woo-zienswijze-document" aria-labelledby={titleId}>
      <Heading level={3} id={titleId}>
        {t('thirdParty.document', { number: document.documentNumber })}
        {document.documentDate && ` ${t('thirdParty.documentDate', { date: date(document.documentDate) })}`}
      </Heading>
      {document.description && <Paragraph>{document.description}</Paragraph>}
      {document.state === 'ready' ? (
        <>
          <Paragraph>{t('thirdParty.redactionsSummary', { redactions })}</Paragraph>
          <Paragraph>
            <Link href={paths.pdf(document.id)} download>
              {t('thirdParty.download', { number: document.documentNumber })}
            </Link>
          </Paragraph>
          <ol className="woo-zienswijze-pages">
            {document.pages.map((page) => (
              <li key={page.pageNumber}>
                <figure className="woo-zienswijze-page">
                  <img
                    src={paths.pageImage(document.id, page.pageNumber)}
                    alt={t('thirdParty.pageImageAlt', {
                      page: page.pageNumber,
                      number: document.documentNumber,
                      redactions,
                    })}
                    width={Math.round(page.widthPt)}
                    height={Math.round(page.heightPt)}
                    loading="lazy"
                  />
                  <figcaption>{t('thirdParty.page', { page: page.pageNumber })}</figcaption>
                </figure>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <Paragraph>{t(`thirdParty.state.${document.state}`)}</Paragraph>
      )}
    </article>
  );
}

const fieldOrder = ['view', 'objected', 'contact'] as const;
const fieldIds: Record<string, string> = {
  view: 'zienswijze-view',
  objected: 'zienswijze-objected-yes',
  contact: 'zienswijze-contact',
};

function AnswerForm({ path, onSent }: { path: string; onSent: (view: ThirdPartyView) => void }) {
  const { t, pick } = useI18n();
  const [text, setText] = useState('');
  const [objected, setObjected] = useState<'' | 'yes' | 'no'>('');
  const [contact, setContact] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!text.trim()) missing.view = t('thirdParty.viewRequired');
    if (!objected) missing.objected = t('thirdParty.objectedRequired');
    if (!contact.trim()) missing.contact = t('thirdParty.contactRequired');
    if (Object.keys(missing).length > 0) {
      setErrors({ fields: missing, form: null });
      return;
    }
    setBusy(true);
    try {
      const next = await apiRequest<ThirdPartyView>('POST', path, {
        view: text,
        objected: objected === 'yes',
        contact,
      });
      setErrors(noErrors);
      onSent(next);
    } catch (error) {
      setErrors(errorsFromApi(error, pick, fieldOrder));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="woo-panel" aria-labelledby="zienswijze-form-title">
      <Heading level={2} id="zienswijze-form-title">
        {t('thirdParty.formTitle')}
      </Heading>
      <form noValidate onSubmit={submit} className="woo-form">
        <ErrorSummary id="zienswijze-errors" lines={summaryLines(errors, fieldOrder, (field) => fieldIds[field]!)} />
        <TextAreaField
          id="zienswijze-view"
          label={t('thirdParty.viewLabel')}
          description={t('thirdParty.viewHint')}
          value={text}
          onChange={setText}
          rows={8}
          error={errors.fields.view}
        />
        <ObjectionField value={objected} onChange={setObjected} error={errors.fields.objected} />
        <TextField
          id="zienswijze-contact"
          label={t('thirdParty.contactLabel')}
          description={t('thirdParty.contactHint')}
          value={contact}
          onChange={setContact}
          autoComplete="tel"
          error={errors.fields.contact}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('thirdParty.submit')}
        </Button>
      </form>
    </section>
  );
}

/** Yes or no as two radio buttons in a fieldset; the error sits under the legend and is tied to both inputs. */
function ObjectionField({
  value,
  onChange,
  error,
}: {
  value: '' | 'yes' | 'no';
  onChange: (value: 'yes' | 'no') => void;
  error: string | undefined;
}) {
  const { t } = useI18n();
  const errorId = 'zienswijze-objected-error';
  return (
    <Fieldset invalid={!!error} className="woo-field" aria-describedby={error ? errorId : undefined}>
      <FieldsetLegend>{t('thirdParty.objectedLegend')}</FieldsetLegend>
      {error && (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          <span className="woo-visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </FormFieldErrorMessage>
      )}
      {(['yes', 'no'] as const).map((option) => (
        <FormField key={option} type="radio" className="woo-radio">
          <RadioButton
            id={`zienswijze-objected-${option}`}
            name="zienswijze-objected"
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
            invalid={!!error}
            aria-invalid={error ? true : undefined}
          />
          <FormLabel htmlFor={`zienswijze-objected-${option}`} type="radio">
            {t(option === 'yes' ? 'thirdParty.objectedYes' : 'thirdParty.objectedNo')}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}

function Confirmation({ view }: { view: ThirdPartyView }) {
  const { t, date } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <>
      <Paragraph className="woo-pre-heading">
        {t('thirdParty.preHeading', { reference: view.reference, organisation: view.organisation.name })}
      </Paragraph>
      <Heading level={1} ref={heading} tabIndex={-1}>
        {t('thirdParty.confirmTitle')}
      </Heading>
      <Notice type="ok">
        <Paragraph>{t('thirdParty.confirmBody', { date: date(view.answer!.receivedOn) })}</Paragraph>
        {view.answer!.objected !== null && (
          <Paragraph>
            {t(view.answer!.objected ? 'thirdParty.confirmObjected' : 'thirdParty.confirmNotObjected')}
          </Paragraph>
        )}
      </Notice>
      <section className="woo-panel" aria-labelledby="zienswijze-facts-title">
        <Heading level={2} id="zienswijze-facts-title">
          {t('thirdParty.periodTitle')}
        </Heading>
        <ThirdPartyFacts view={view} />
      </section>
    </>
  );
}
