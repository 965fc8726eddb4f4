// The regions of the page as a list box: the keyboard path through the review. Arrow keys move between regions
// (Home/End to the first/last), A accepts, W rejects, G goes to the ground, E applies the decision to every
// occurrence in the request, N starts a new box, V adjusts the chosen region's box with the arrow keys, Page
// Down/Page Up go to the next/previous page.
import { useEffect, type KeyboardEvent, type RefObject } from 'react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/language';
import { groundColour } from './ground-colours';
import type { Region } from './review-api';
import type { RegionMark } from './review-marks';
import { MarkList, recogniserLabel, statusKey } from './region-words';

export type ListCommand = 'accept' | 'reject' | 'ground' | 'apply' | 'draw' | 'adjust' | 'nextPage' | 'previousPage';

const commandKeys: Record<string, ListCommand> = {
  a: 'accept',
  w: 'reject',
  g: 'ground',
  e: 'apply',
  n: 'draw',
  v: 'adjust',
  PageDown: 'nextPage',
  PageUp: 'previousPage',
};

export const regionOptionId = (regionId: string) => `review-region-${regionId}`;

export function RegionList(props: {
  listRef: RefObject<HTMLUListElement | null>;
  regions: readonly Region[];
  activeId: string | null;
  marks: ReadonlyMap<string, RegionMark[]>;
  groundOrder: readonly string[];
  pageNumber: number;
  onActivate: (regionId: string) => void;
  onCommand: (command: ListCommand) => void;
}) {
  const { t, lang } = useI18n();
  const { regions, activeId, marks } = props;
  const index = regions.findIndex((region) => region.id === activeId);

  useEffect(() => {
    if (activeId) document.getElementById(regionOptionId(activeId))?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  function keyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const move: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: regions.length - 1,
    };
    if (event.key in move) {
      event.preventDefault();
      const next = regions[Math.min(Math.max(move[event.key]!, 0), regions.length - 1)];
      if (next) props.onActivate(next.id);
      return;
    }
    const command = commandKeys[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (command) {
      event.preventDefault();
      props.onCommand(command);
    }
  }

  return (
    <section className="woo-review-regions" aria-labelledby="review-regions-title">
      <Heading level={2} id="review-regions-title">
        {t('review.list.title', { page: props.pageNumber })}
      </Heading>
      <Paragraph id="review-keys" className="woo-review-keys">
        {t('review.list.keys')}
      </Paragraph>
      {regions.length === 0 ? (
        <Paragraph>{t('review.list.empty')}</Paragraph>
      ) : (
        <ul
          ref={props.listRef}
          className="woo-review-list"
          role="listbox"
          tabIndex={0}
          aria-labelledby="review-regions-title"
          aria-describedby="review-keys"
          aria-activedescendant={activeId ? regionOptionId(activeId) : undefined}
          onKeyDown={keyDown}
        >
          {regions.map((region, position) => {
            const regionMarks = marks.get(region.id) ?? [];
            return (
              <li
                key={region.id}
                id={regionOptionId(region.id)}
                role="option"
                aria-selected={region.id === activeId}
                className={`woo-review-option woo-review-option--${region.status}${region.id === activeId ? ' woo-review-option--active' : ''}${regionMarks.length > 0 ? ' woo-review-option--changed' : ''}`}
                onClick={() => {
                  props.onActivate(region.id);
                  props.listRef.current?.focus();
                }}
              >
                <span
                  className="woo-review-option__number"
                  style={{ background: groundColour(region.ground, props.groundOrder) }}
                >
                  {position + 1}
                </span>
                <span className="woo-review-option__body">
                  <span className="woo-review-option__text">{region.text ?? t('review.region.noText')}</span>
                  <span className="woo-review-option__meta">
                    {region.ground}
                    {region.groundLabel ? ` ${region.groundLabel[lang]}` : ''} · {recogniserLabel(region, t)} ·{' '}
                    <strong className={`woo-review-state woo-review-state--${region.status}`}>
                      {t(statusKey(region.status))}
                    </strong>
                  </span>
                  {regionMarks.length > 0 && <MarkList marks={regionMarks} />}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
