// The page image with the regions drawn over it as boxes: each in the colour of its ground with its number and ground
// code printed (colour is never the only signal), proposed dashed, accepted filled, rejected dotted and pale.
// A new box is drawn by mouse (drag on the page) or by keyboard (this same area takes the focus: arrows move the
// box, Shift+arrows resize it, Ctrl for one point at a time, Enter confirms, Escape cancels).
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useI18n } from '../i18n/language';
import { boxStyle, clampBox, containsPoint, keyboardStep, spanBox, type PageSize } from './box-geometry';
import { groundColour } from './ground-colours';
import type { Box, Region } from './review-api';
import type { RegionMark } from './review-marks';

export interface PageViewProps {
  imageUrl: string;
  imageAlt: string;
  page: PageSize;
  regions: readonly Region[];
  activeId: string | null;
  marks: ReadonlyMap<string, RegionMark[]>;
  groundOrder: readonly string[];
  draft: Box | null;
  /** 'keyboard' while a box is drawn by keyboard: the area has the focus. */
  drawing: 'keyboard' | 'mouse' | null;
  /** Numbers and codes above every box; without them only the chosen box keeps its code, so the text shows. */
  showLabels: boolean;
  onSelect: (regionId: string) => void;
  onDraftChange: (box: Box, by: 'keyboard' | 'mouse') => void;
  onDraftDone: () => void;
  onDraftCancel: () => void;
}

/** A drag shorter than this (points) is a click. */
const minimumDrag = 3;

export function PageView(props: PageViewProps) {
  const { t } = useI18n();
  const { page, regions, activeId, marks, groundOrder, draft, drawing } = props;
  const canvas = useRef<HTMLDivElement>(null);
  const dragStart = useRef<{ x: number; y: number } | null>(null);
  const [imageFailed, setImageFailed] = useState(false);

  useEffect(() => setImageFailed(false), [props.imageUrl]);
  useEffect(() => {
    if (drawing === 'keyboard') canvas.current?.focus();
  }, [drawing]);

  function pointOf(event: PointerEvent<HTMLDivElement>) {
    const rect = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) / rect.width) * page.width,
      y: ((event.clientY - rect.top) / rect.height) * page.height,
    };
  }

  function pointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0 || drawing === 'keyboard') return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    dragStart.current = pointOf(event);
  }

  function pointerMove(event: PointerEvent<HTMLDivElement>) {
    const start = dragStart.current;
    if (!start) return;
    const box = spanBox(start, pointOf(event));
    if (box.width >= minimumDrag || box.height >= minimumDrag) props.onDraftChange(clampBox(box, page), 'mouse');
  }

  function pointerUp(event: PointerEvent<HTMLDivElement>) {
    const start = dragStart.current;
    dragStart.current = null;
    if (!start) return;
    const end = pointOf(event);
    const box = spanBox(start, end);
    if (box.width >= minimumDrag && box.height >= minimumDrag) {
      props.onDraftChange(clampBox(box, page), 'mouse');
      props.onDraftDone();
      return;
    }
    if (drawing === 'mouse') props.onDraftCancel();
    // A click: the smallest box under the pointer.
    const hit = regions
      .filter((region) => containsPoint(region.box, end))
      .sort((a, b) => a.box.width * a.box.height - b.box.width * b.box.height)[0];
    if (hit) props.onSelect(hit.id);
  }

  function keyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (drawing !== 'keyboard' || !draft) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      props.onDraftDone();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      props.onDraftCancel();
    } else {
      const next = keyboardStep(draft, event.key, event.shiftKey, event.ctrlKey || event.metaKey, page);
      if (next) {
        event.preventDefault();
        props.onDraftChange(next, 'keyboard');
      }
    }
  }

  return (
    <figure className="woo-review-figure">
      <div
        ref={canvas}
        className={`woo-review-canvas${drawing ? ' woo-review-canvas--drawing' : ''}${props.showLabels ? '' : ' woo-review-canvas--quiet'}`}
        style={{ aspectRatio: `${page.width} / ${page.height}` }}
        role="application"
        aria-label={t('review.canvas.label')}
        aria-describedby="review-canvas-help"
        tabIndex={drawing === 'keyboard' ? 0 : -1}
        onPointerDown={pointerDown}
        onPointerMove={pointerMove}
        onPointerUp={pointerUp}
        onKeyDown={keyDown}
      >
        {imageFailed ? (
          <p className="woo-review-canvas__missing">{t('review.canvas.noImage')}</p>
        ) : (
          <img
            className="woo-review-canvas__image"
            src={props.imageUrl}
            alt={props.imageAlt}
            draggable={false}
            onError={() => setImageFailed(true)}
          />
        )}
        {regions.map((region, index) => {
          const colour = groundColour(region.ground, groundOrder);
          const changed = (marks.get(region.id)?.length ?? 0) > 0;
          const classes = [
            'woo-review-box',
            `woo-review-box--${region.status}`,
            region.id === activeId ? 'woo-review-box--active' : '',
            changed ? 'woo-review-box--changed' : '',
          ].join(' ');
          return (
            <div
              key={region.id}
              className={classes}
              style={{ ...boxStyle(region.box, page), '--woo-review-ground': colour } as React.CSSProperties}
              data-region-id={region.id}
              data-ground={region.ground}
              aria-hidden="true"
            >
              <span className="woo-review-box__label">
                {index + 1} · {region.ground}
                {changed ? ' ★' : ''}
              </span>
            </div>
          );
        })}
        {draft && (
          <div className="woo-review-box woo-review-box--draft" style={boxStyle(draft, page)} aria-hidden="true">
            <span className="woo-review-box__label">{t('review.draft.label')}</span>
          </div>
        )}
      </div>
      <figcaption id="review-canvas-help" className="woo-review-figure__caption">
        {drawing === 'keyboard' ? t('review.canvas.keyboardHelp') : t('review.canvas.help')}
      </figcaption>
    </figure>
  );
}
