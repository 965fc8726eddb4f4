// The outcome of one document, chosen by a person (issue 5: "the document's outcome and grounds follow from its
// regions"): four choices, preselected with the chosen one or else the one the regions suggest; the link only with
// "reeds openbaar". The API checks the link and answers in words; its message stands next to the field. A change of
// outcome is a change of the review: a submitted or approved review opens again, and the form says so beforehand.
import { useEffect, useState, type FormEvent } from 'react';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import { ApiError } from '../api/api-error';
import { ApiErrorAlert } from '../components/api-error-alert';
import { TextField } from '../forms/fields';
import { useI18n } from '../i18n/language';
import { useSession } from '../session/session';
import { reviewPaths, type Assessment, type DocumentOutcome } from './review-api';

export const documentOutcomes: readonly DocumentOutcome[] = [
  'openbaar',
  'deels_openbaar',
  'niet_openbaar',
  'reeds_openbaar',
];

/** The API's codes for a wrong or missing link (and a 400 on the field itself). */
const linkCodes = new Set(['document.outcome_link_required', 'document.outcome_link_not_expected']);

/**
 * The message for the link field: the API's own for a missing or unexpected link; for a link the API's check of the
 * form refuses (its general "the form is not right"), a sentence that says what a link must look like.
 */
function linkError(error: unknown, pick: (text: { nl: string; en: string }) => string, invalid: string): string | null {
  if (!(error instanceof ApiError)) return null;
  if (linkCodes.has(error.code)) return pick(error.text);
  return error.fields.some((candidate) => candidate.field === 'alreadyPublicUrl') ? invalid : null;
}

export function OutcomeForm(props: {
  documentId: string;
  assessment: Assessment;
  disabled: boolean;
  onSaved: (answer: Assessment, reopened: boolean) => void;
}) {
  const { t, pick } = useI18n();
  const { staffRequest } = useSession();
  const { assessment } = props;
  const [choice, setChoice] = useState<DocumentOutcome>(assessment.outcome ?? assessment.derived.suggestedOutcome);
  const [link, setLink] = useState(assessment.alreadyPublicUrl ?? '');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const status = assessment.review.reviewStatus;
  const saved = assessment.outcome ?? assessment.derived.suggestedOutcome;
  const savedLink = assessment.alreadyPublicUrl ?? '';

  // What the API says after a save or a change of the regions is what the form shows (the focus stays where it is).
  useEffect(() => {
    setChoice(saved);
    setLink(savedLink);
  }, [saved, savedLink]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailure(null);
    setFieldError(undefined);
    try {
      const body =
        choice === 'reeds_openbaar' ? { outcome: choice, alreadyPublicUrl: link.trim() || null } : { outcome: choice };
      const answer = await staffRequest<Assessment>('PUT', reviewPaths.outcome(props.documentId), body);
      props.onSaved(answer, status !== 'open' && answer.review.reviewStatus === 'open');
    } catch (error) {
      const message =
        choice === 'reeds_openbaar'
          ? linkError(error, pick, t('review.outcome.linkInvalid', { link: link.trim() }))
          : null;
      if (message) {
        setFieldError(message);
        window.setTimeout(() => window.document.getElementById('review-outcome-link')?.focus(), 0);
      } else setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="woo-review-outcome__form" noValidate onSubmit={submit} aria-labelledby="review-outcome-choose">
      <Fieldset className="woo-field" aria-describedby="review-outcome-choose-hint">
        <FieldsetLegend id="review-outcome-choose">{t('review.outcome.choose')}</FieldsetLegend>
        <FormFieldDescription id="review-outcome-choose-hint" className="utrecht-form-field__description">
          {status === 'open' ? t('review.outcome.chooseHint') : t('review.outcome.chooseHintReopens')}
        </FormFieldDescription>
        {documentOutcomes.map((option) => (
          <FormField key={option} type="radio" className="woo-radio">
            <RadioButton
              id={`review-outcome-${option}`}
              name="review-outcome"
              value={option}
              checked={choice === option}
              onChange={() => {
                setChoice(option);
                setFieldError(undefined);
              }}
            />
            <FormLabel htmlFor={`review-outcome-${option}`} type="radio">
              {t(`review.outcome.${option}`)}
              {option === assessment.derived.suggestedOutcome && (
                <span className="woo-review-outcome__hint"> {t('review.outcome.suggestedMark')}</span>
              )}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      {choice === 'reeds_openbaar' && (
        <TextField
          id="review-outcome-link"
          label={t('review.outcome.link')}
          description={t('review.outcome.linkHint')}
          type="text"
          autoComplete="url"
          value={link}
          onChange={(value) => {
            setLink(value);
            setFieldError(undefined);
          }}
          error={fieldError}
        />
      )}
      {failure !== null && <ApiErrorAlert error={failure} />}
      <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy || props.disabled}>
        {t('review.outcome.save')}
      </Button>
    </form>
  );
}
