// The page image with the regions drawn over it as boxes: each in the colour of its ground with its number and ground
// code printed (colour is never the only signal), proposed dashed, accepted filled, rejected dotted and pale.
// A new box is drawn by mouse (drag on the page) or by keyboard (this same area takes the focus: arrows move the
// box, Shift+arrows resize it, Ctrl for one point at a time, Enter confirms, Escape cancels). While the review is
// open the chosen box has handles: a drag of the box moves it, a drag of a side or corner resizes it, and letting go
// saves it; by keyboard the same keys as for a new box adjust it, Enter saves, Escape puts it back.
import { useEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/language';
import { arrowStepBox, boxHandles, dragBox, grabAt, grabCursor, type BoxGrab } from './box-edit';
import { boxStyle, clampBox, containsPoint, spanBox, type PageSize } from './box-geometry';
import { groundColour } from './ground-colours';
import { useImageRetry } from './image-retry';
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
  /** The chosen region's box may be moved and resized (the review is open and no new box is being drawn). */
  editable: boolean;
  /** While a change is saved no other drag starts. */
  busy: boolean;
  /**
   * A box being moved or resized and not yet saved: by mouse while dragging; by keyboard (or the panel's step buttons,
   * which do what the arrow keys do) until Enter or Escape.
   */
  boxEdit: BoxEdit | null;
  onBoxEditChange: (edit: BoxEdit) => void;
  onBoxEditSave: (edit: BoxEdit) => void;
  onBoxEditCancel: () => void;
}

export interface BoxEdit {
  regionId: string;
  box: Box;
  by: 'keyboard' | 'mouse';
}

type Point = { x: number; y: number };
type Gesture =
  | { kind: 'draw'; start: Point }
  | { kind: 'box'; regionId: string; grab: BoxGrab; start: Point; from: Box; moved: boolean };

/** A drag shorter than this (points) is a click. */
const minimumDrag = 3;
/** How far from a side or corner of the chosen box (screen pixels) a press still takes that side or corner. */
const handleReach = 8;

export function PageView(props: PageViewProps) {
  const { t, pick } = useI18n();
  const { page, regions, activeId, marks, groundOrder, draft, drawing, boxEdit } = props;
  const canvas = useRef<HTMLDivElement>(null);
  const gesture = useRef<Gesture | null>(null);
  // A busy API (503) or a page not drawn yet: tried again after 1, 2 and 4 seconds, then a button.
  const image = useImageRetry(props.imageUrl);
  const keyboardMode = drawing === 'keyboard' ? 'draw' : boxEdit?.by === 'keyboard' ? 'edit' : null;

  useEffect(() => {
    if (keyboardMode) canvas.current?.focus();
  }, [keyboardMode]);

  function pointOf(event: PointerEvent<HTMLDivElement>) {
    const rect = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) / rect.width) * page.width,
      y: ((event.clientY - rect.top) / rect.height) * page.height,
    };
  }

  /** The chosen box as it stands (with a change not yet saved) and what a press at the pointer takes of it. */
  function grabOf(event: PointerEvent<HTMLDivElement>): { regionId: string; box: Box; grab: BoxGrab } | null {
    if (!props.editable || props.busy || drawing) return null;
    const region = regions.find((candidate) => candidate.id === activeId);
    if (!region) return null;
    const box = boxEdit?.regionId === region.id ? boxEdit.box : region.box;
    const reach = (handleReach / event.currentTarget.getBoundingClientRect().width) * page.width;
    const grab = grabAt(box, pointOf(event), reach);
    return grab ? { regionId: region.id, box, grab } : null;
  }

  function pointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0 || drawing === 'keyboard') return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const start = pointOf(event);
    const taken = grabOf(event);
    gesture.current = taken
      ? { kind: 'box', regionId: taken.regionId, grab: taken.grab, start, from: taken.box, moved: false }
      : { kind: 'draw', start };
  }

  function pointerMove(event: PointerEvent<HTMLDivElement>) {
    const current = gesture.current;
    if (!current) {
      // Not dragging: the pointer says what a press here would do.
      event.currentTarget.style.cursor = grabCursor(grabOf(event)?.grab ?? null);
      return;
    }
    const point = pointOf(event);
    if (current.kind === 'draw') {
      const box = spanBox(current.start, point);
      if (box.width >= minimumDrag || box.height >= minimumDrag) props.onDraftChange(clampBox(box, page), 'mouse');
      return;
    }
    const dx = point.x - current.start.x;
    const dy = point.y - current.start.y;
    if (!current.moved && Math.abs(dx) < minimumDrag && Math.abs(dy) < minimumDrag) return;
    current.moved = true;
    props.onBoxEditChange({
      regionId: current.regionId,
      box: dragBox(current.from, current.grab, dx, dy, page),
      by: 'mouse',
    });
  }

  function pointerUp(event: PointerEvent<HTMLDivElement>) {
    const current = gesture.current;
    gesture.current = null;
    if (!current) return;
    const end = pointOf(event);
    if (current.kind === 'box' && current.moved) {
      const box = dragBox(current.from, current.grab, end.x - current.start.x, end.y - current.start.y, page);
      props.onBoxEditSave({ regionId: current.regionId, box, by: 'mouse' });
      return;
    }
    if (current.kind === 'draw') {
      const box = spanBox(current.start, end);
      if (box.width >= minimumDrag && box.height >= minimumDrag) {
        props.onDraftChange(clampBox(box, page), 'mouse');
        props.onDraftDone();
        return;
      }
      if (drawing === 'mouse') props.onDraftCancel();
    }
    // A click: the smallest box under the pointer.
    const hit = regions
      .filter((region) => containsPoint(region.box, end))
      .sort((a, b) => a.box.width * a.box.height - b.box.width * b.box.height)[0];
    if (hit) props.onSelect(hit.id);
  }

  /** The drag was taken away (another window, a touch gesture): a box being dragged goes back. */
  function pointerCancel() {
    const current = gesture.current;
    gesture.current = null;
    if (current?.kind === 'box' && current.moved) props.onBoxEditCancel();
  }

  function keyDown(event: KeyboardEvent<HTMLDivElement>) {
    const arrow = { key: event.key, shift: event.shiftKey, fine: event.ctrlKey || event.metaKey };
    if (keyboardMode === 'draw' && draft) {
      if (event.key === 'Enter') {
        event.preventDefault();
        props.onDraftDone();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        props.onDraftCancel();
      } else {
        const next = arrowStepBox(draft, arrow, page);
        if (next) {
          event.preventDefault();
          props.onDraftChange(next, 'keyboard');
        }
      }
    } else if (keyboardMode === 'edit' && boxEdit) {
      if (event.key === 'Enter') {
        event.preventDefault();
        props.onBoxEditSave(boxEdit);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        props.onBoxEditCancel();
      } else {
        const next = arrowStepBox(boxEdit.box, arrow, page);
        if (next) {
          event.preventDefault();
          props.onBoxEditChange({ ...boxEdit, box: next });
        }
      }
    }
  }

  const help =
    keyboardMode === 'draw'
      ? t('review.canvas.keyboardHelp')
      : keyboardMode === 'edit'
        ? t('review.canvas.editKeyboardHelp')
        : props.editable
          ? `${t('review.canvas.help')} ${t('review.canvas.editHelp')}`
          : t('review.canvas.help');

  return (
    <figure className="woo-review-figure">
      {/* Above the canvas, not in it: the canvas takes every press of the pointer for drawing. */}
      {image.load.phase === 'failed' && (
        <div className="woo-review-image-failed">
          <Paragraph>{t('review.canvas.noImage')}</Paragraph>
          {image.reason && <Paragraph>{pick(image.reason.text)}</Paragraph>}
          <Button appearance="secondary-action-button" onClick={image.retry}>
            {t('review.canvas.retryImage')}
          </Button>
        </div>
      )}
      <div
        ref={canvas}
        className={`woo-review-canvas${drawing || keyboardMode ? ' woo-review-canvas--drawing' : ''}${props.showLabels ? '' : ' woo-review-canvas--quiet'}`}
        style={{ aspectRatio: `${page.width} / ${page.height}` }}
        role="application"
        aria-label={t('review.canvas.label')}
        aria-describedby="review-canvas-help"
        tabIndex={keyboardMode ? 0 : -1}
        onPointerDown={pointerDown}
        onPointerMove={pointerMove}
        onPointerUp={pointerUp}
        onPointerCancel={pointerCancel}
        onKeyDown={keyDown}
      >
        {/* A new element for each attempt, so the browser asks again; nothing (no broken image) while it waits. */}
        {(image.load.phase === 'loading' || image.load.phase === 'loaded') && (
          <img
            key={image.load.attempt}
            className="woo-review-canvas__image"
            src={props.imageUrl}
            alt={props.imageAlt}
            draggable={false}
            onLoad={image.onLoad}
            onError={image.onError}
          />
        )}
        {regions.map((region, index) => {
          const colour = groundColour(region.ground, groundOrder);
          const changed = (marks.get(region.id)?.length ?? 0) > 0;
          const active = region.id === activeId;
          const editing = boxEdit?.regionId === region.id ? boxEdit : null;
          const classes = [
            'woo-review-box',
            `woo-review-box--${region.status}`,
            active ? 'woo-review-box--active' : '',
            changed ? 'woo-review-box--changed' : '',
            editing ? 'woo-review-box--editing' : '',
            active && props.editable ? 'woo-review-box--editable' : '',
          ].join(' ');
          return (
            <div
              key={region.id}
              className={classes}
              style={
                { ...boxStyle(editing?.box ?? region.box, page), '--woo-review-ground': colour } as React.CSSProperties
              }
              data-region-id={region.id}
              data-ground={region.ground}
              aria-hidden="true"
            >
              <span className="woo-review-box__label">
                {index + 1} · {region.ground}
                {changed ? ' ★' : ''}
              </span>
              {active &&
                props.editable &&
                boxHandles.map((handle) => (
                  <span key={handle} className={`woo-review-handle woo-review-handle--${handle}`} />
                ))}
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
        {help}
      </figcaption>
    </figure>
  );
}
