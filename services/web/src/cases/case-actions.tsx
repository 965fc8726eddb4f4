// The case's allowed actions (the API's allowedActions), one chosen at a time, each a small form. Deciding is not
// among them: the Besluit section decides with the letter to the requester (a decision without a letter would leave
// the requester without one). Where it would have been, a sentence points there. The API route stays for API users.
import { useState, type MouseEvent } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import type { CaseDetail } from '../api/api-types';
import { SelectField } from '../forms/fields';
import { useI18n } from '../i18n/language';
import { ActionForm } from './action-form';
import { isGenericAction } from './action-fields';

export function CaseActions({ kase, onDone }: { kase: CaseDetail; onDone: (next: CaseDetail, what: string) => void }) {
  const { t, pick } = useI18n();
  const [chosen, setChosen] = useState('');
  const actions = kase.allowedActions.filter((candidate) => isGenericAction(candidate.type));
  const mayDecide = kase.allowedActions.some((candidate) => candidate.type === 'decided');
  const action = actions.find((candidate) => candidate.type === chosen);
  return (
    <>
      {actions.length === 0 ? (
        <Paragraph>{t(mayDecide ? 'caseActions.onlyDecisionLeft' : 'case.noActions')}</Paragraph>
      ) : (
        <SelectField
          id="action-choice"
          label={t('case.chooseAction')}
          description={t('case.chooseActionHint')}
          filter
          value={action ? chosen : ''}
          onChange={setChosen}
          placeholder={t('form.choose')}
          options={actions.map((candidate) => ({ value: candidate.type, label: pick(candidate.label) }))}
        />
      )}
      {mayDecide && (
        <Paragraph className="woo-decide-elsewhere">
          {t('caseActions.decideInDecisionSection')}{' '}
          <a href="#decision-title" onClick={goToDecision}>
            {t('caseActions.goToDecisionSection')}
          </a>
        </Paragraph>
      )}
      {action && (
        <ActionForm
          key={action.type}
          caseDetail={kase}
          action={action}
          onDone={(next, label) => {
            setChosen('');
            onDone(next, label);
          }}
        />
      )}
    </>
  );
}

/** To the Besluit section's heading, with the focus there, so the keyboard goes on from it. */
function goToDecision(event: MouseEvent<HTMLAnchorElement>) {
  const heading = window.document.getElementById('decision-title');
  if (!heading) return;
  event.preventDefault();
  heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus();
}
