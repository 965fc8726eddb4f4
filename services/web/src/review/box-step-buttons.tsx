// While a box is being adjusted (the panel's "Vak aanpassen" button or V in the list): buttons that do what the arrow
// keys do, one step a click, so the box can be put right without dragging and without a keyboard (WCAG 2.2 SC 2.5.7).
// Each button is one arrow key of box-edit.ts (arrowStepBox): the same steps, the same page limits, the same
// announcement in the live region under the page; save and stop are Enter and Escape.
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/language';
import type { MessageKey } from '../i18n/messages';
import { arrowStep, type ArrowKey } from './box-edit';

interface StepButton {
  label: MessageKey;
  arrow: ArrowKey;
}

const step = (label: MessageKey, key: string, shift: boolean): StepButton => ({
  label,
  arrow: { key, shift, fine: false },
});

/** Arrows move the box; Shift+arrows move its right side or its bottom, with the top-left corner in place. */
export const moveButtons: readonly StepButton[] = [
  step('review.box.up', 'ArrowUp', false),
  step('review.box.down', 'ArrowDown', false),
  step('review.box.left', 'ArrowLeft', false),
  step('review.box.right', 'ArrowRight', false),
];
export const sizeButtons: readonly StepButton[] = [
  step('review.box.wider', 'ArrowRight', true),
  step('review.box.narrower', 'ArrowLeft', true),
  step('review.box.taller', 'ArrowDown', true),
  step('review.box.shorter', 'ArrowUp', true),
];

export function BoxStepButtons(props: {
  busy: boolean;
  onStep: (arrow: ArrowKey) => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  /** One labelled row of step buttons: a group named by its visible label, described by the paragraph above. */
  const row = (id: string, label: MessageKey, list: readonly StepButton[]) => (
    <div className="woo-review-box-steps__row">
      <span id={id} className="woo-review-box-steps__label">
        {t(label)}
      </span>
      <ButtonGroup aria-labelledby={id} aria-describedby="review-box-steps-describe">
        {list.map((button) => (
          <Button key={button.label} appearance="subtle-button" onClick={() => props.onStep(button.arrow)}>
            {t(button.label)}
          </Button>
        ))}
      </ButtonGroup>
    </div>
  );
  return (
    <div className="woo-review-box-steps">
      <Paragraph id="review-box-steps-describe">
        {t('review.box.stepsDescribe', { points: arrowStep.normal })}
      </Paragraph>
      {row('review-box-steps-move', 'review.box.move', moveButtons)}
      {row('review-box-steps-size', 'review.box.size', sizeButtons)}
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={props.onSave} disabled={props.busy}>
          {t('review.box.save')}
        </Button>
        <Button appearance="secondary-action-button" onClick={props.onCancel}>
          {t('review.box.cancel')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
