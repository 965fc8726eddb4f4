// A box drawn by hand needs a ground: this form asks for it (required, the message tied to the field) and adds the
// region, which is accepted at once. A refusal of the API (a box outside the page) is shown in its own words.
import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { ApiError } from '../api/api-error';
import { ApiErrorAlert } from '../components/api-error-alert';
import { SelectField } from '../forms/fields';
import { useI18n } from '../i18n/language';
import type { Box, Ground } from './review-api';
import { groundOptions } from './region-panel';

export function NewRegionForm(props: {
  box: Box;
  grounds: readonly Ground[];
  onAdd: (ground: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, lang, pick } = useI18n();
  const [ground, setGround] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.getElementById('review-new-ground')?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!ground) {
      setFieldError(t('review.new.groundRequired'));
      document.getElementById('review-new-ground')?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await props.onAdd(ground);
    } catch (error) {
      if (error instanceof ApiError && error.code.startsWith('ground.')) {
        setFieldError(pick(error.text));
        document.getElementById('review-new-ground')?.focus();
      } else setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  function keyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onCancel();
    }
  }

  const { x, y, width, height } = props.box;
  return (
    <form
      className="woo-panel woo-review-new"
      aria-labelledby="review-new-title"
      onSubmit={submit}
      onKeyDown={keyDown}
      noValidate
    >
      <Heading level={2} id="review-new-title">
        {t('review.new.title')}
      </Heading>
      <Paragraph>
        {t('review.new.box', {
          x: Math.round(x),
          y: Math.round(y),
          width: Math.round(width),
          height: Math.round(height),
        })}
      </Paragraph>
      <SelectField
        id="review-new-ground"
        label={t('review.new.ground')}
        error={fieldError}
        value={ground}
        onChange={(value) => {
          setGround(value);
          if (value) setFieldError(undefined);
        }}
        placeholder={t('review.new.groundChoose')}
        options={groundOptions(props.grounds, lang)}
      />
      {failure !== null && <ApiErrorAlert error={failure} />}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t('review.new.add')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={props.onCancel}>
          {t('review.new.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
