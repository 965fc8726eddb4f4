// The chosen region: its text, ground and state, and what can be done with it — accept (with the ground chosen in
// the select, which is how a ground is changed), reject, the same decision for every occurrence of its text in
// this request, recording that where its text stands openly elsewhere, that is another person (a namesake), and
// adjusting its box by keyboard or by single clicks on its step buttons (by mouse the box itself is dragged). Escape
// goes back to the list; while the box is being adjusted it stops that first, as on the page.
import type { KeyboardEvent, RefObject } from 'react';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { SelectField } from '../forms/fields';
import { useI18n } from '../i18n/language';
import type { ArrowKey } from './box-edit';
import { BoxStepButtons } from './box-step-buttons';
import type { Ground, Region } from './review-api';
import { namesakePossible, recogniserLabel, statusKey } from './region-words';

export function groundOptions(grounds: readonly Ground[], lang: 'nl' | 'en') {
  return grounds.map((ground) => ({
    value: ground.code,
    label: `${ground.code} ${lang === 'nl' ? ground.labelNl : ground.labelEn}`,
  }));
}

export function RegionPanel(props: {
  region: Region;
  number: number;
  total: number;
  grounds: readonly Ground[];
  groundChoice: string;
  onGroundChoice: (code: string) => void;
  groundRef: RefObject<HTMLDivElement | null>;
  busy: boolean;
  onAccept: () => void;
  onReject: () => void;
  onApply: () => void;
  onNamesake: (namesake: boolean) => void;
  /** The review is open: the box may be moved and resized. */
  boxEditable: boolean;
  onAdjustBox: () => void;
  /** The box is being adjusted (after the button or V): its step buttons show instead of the button. */
  boxEditing: boolean;
  onBoxStep: (arrow: ArrowKey) => void;
  onBoxSave: () => void;
  onBoxCancel: () => void;
  onBackToList: () => void;
}) {
  const { t, lang } = useI18n();
  const { region, groundChoice } = props;
  const groundChanges = groundChoice !== region.ground;
  const applyDecision =
    region.status === 'rejected'
      ? t('review.apply.describeReject')
      : t('review.apply.describeAccept', { ground: groundChoice });

  function keyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (props.boxEditing) props.onBoxCancel();
      else props.onBackToList();
    }
  }

  return (
    <section className="woo-panel woo-review-panel" aria-labelledby="review-panel-title" onKeyDown={keyDown}>
      <Heading level={2} id="review-panel-title">
        {t('review.panel.title', { number: props.number, total: props.total })}
      </Heading>
      <dl className="woo-review-facts">
        <div>
          <dt>{t('review.panel.text')}</dt>
          <dd>{region.text ?? t('review.region.noText')}</dd>
        </div>
        <div>
          <dt>{t('review.panel.ground')}</dt>
          <dd>
            {region.ground}
            {region.groundLabel ? ` ${region.groundLabel[lang]}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('review.panel.recogniser')}</dt>
          <dd>
            {recogniserLabel(region, t)}
            {region.origin === 'detected' ? ` (${Math.round(region.confidence * 100)}%)` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('review.panel.state')}</dt>
          <dd>
            {t(statusKey(region.status))}
            {region.changedBy ? ` — ${t('review.panel.by', { name: region.changedBy.displayName })}` : ''}
          </dd>
        </div>
      </dl>
      <div ref={props.groundRef}>
        <SelectField
          id="review-region-ground"
          label={t('review.panel.groundChoice')}
          description={groundChanges ? t('review.panel.groundPending', { ground: groundChoice }) : undefined}
          value={groundChoice}
          onChange={props.onGroundChoice}
          options={groundOptions(props.grounds, lang)}
        />
      </div>
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={props.onAccept} disabled={props.busy}>
          {groundChanges ? t('review.action.acceptWithGround', { ground: groundChoice }) : t('review.action.accept')}
        </Button>
        <Button appearance="secondary-action-button" onClick={props.onReject} disabled={props.busy}>
          {t('review.action.reject')}
        </Button>
      </ButtonGroup>
      <Paragraph id="review-apply-description" className="woo-review-apply-description">
        {region.text ? applyDecision : t('review.apply.noText')}
      </Paragraph>
      <Button
        appearance="secondary-action-button"
        onClick={props.onApply}
        disabled={props.busy || !region.text}
        aria-describedby="review-apply-description"
      >
        {t('review.action.apply')}
      </Button>
      <div className="woo-review-box-edit">
        <Paragraph id="review-box-description">
          {props.boxEditable ? t('review.box.describe') : t('review.box.closed')}
        </Paragraph>
        {props.boxEditable && props.boxEditing && (
          <BoxStepButtons
            busy={props.busy}
            onStep={props.onBoxStep}
            onSave={props.onBoxSave}
            onCancel={props.onBoxCancel}
          />
        )}
        {props.boxEditable && !props.boxEditing && (
          <Button
            id="review-adjust-box"
            appearance="secondary-action-button"
            onClick={props.onAdjustBox}
            disabled={props.busy}
            aria-describedby="review-box-description"
          >
            {t('review.action.adjustBox')}
          </Button>
        )}
      </div>
      {(region.namesake || namesakePossible(region)) && (
        <div className="woo-review-namesake">
          <Paragraph id="review-namesake-description">{t('review.namesake.describe')}</Paragraph>
          {region.namesake && (
            <Paragraph className="woo-review-namesake__state">
              {region.namesake.by
                ? t('review.namesake.set', { name: region.namesake.by.displayName })
                : t('review.namesake.setBySomeone')}
            </Paragraph>
          )}
          <Button
            id="review-namesake"
            appearance="secondary-action-button"
            onClick={() => props.onNamesake(!region.namesake)}
            disabled={props.busy}
            aria-describedby="review-namesake-description"
          >
            {region.namesake ? t('review.action.namesakeClear') : t('review.action.namesake')}
          </Button>
        </div>
      )}
    </section>
  );
}
