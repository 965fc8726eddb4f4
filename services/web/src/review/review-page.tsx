// The redaction review of one document (/documenten/<id>/beoordelen): the page image with the proposed regions as
// boxes, the list of the page's regions as the keyboard path, the chosen region's actions, drawing a new box by mouse
// or keyboard, moving and resizing the chosen region's box (while the review is open), the legend, the outcome and
// grounds as the regions make them, and the four-eyes review.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import type { CaseDetail, StaffUser } from '../api/api-types';
import { ApiErrorAlert } from '../components/api-error-alert';
import { Loading } from '../components/loading';
import { Notice } from '../components/notice';
import { usePageTitle } from '../components/use-page-title';
import { CheckboxField } from '../forms/fields';
import { useI18n } from '../i18n/language';
import type { MessageKey } from '../i18n/messages';
import { AppLink } from '../routing/router';
import { useSession } from '../session/session';
import { useStaffData } from '../session/use-staff-data';
import { arrowStepBox, sameBox, type ArrowKey } from './box-edit';
import { readingOrder } from './box-geometry';
import { LeakNotice } from './leak-notice';
import { NewRegionForm } from './new-region-form';
import { PageView, type BoxEdit } from './page-view';
import { RegionList, type ListCommand } from './region-list';
import { RegionPanel } from './region-panel';
import {
  reviewPaths,
  type ApplyToCaseResult,
  type Assessment,
  type Box,
  type DocumentRegions,
  type Ground,
  type Region,
  type RegionChange,
  type ReviewChanges,
  type ReviewedDocument,
} from './review-api';
import { regionMarks } from './review-marks';
import { Legend, OutcomePanel, ReviewPanel } from './review-panels';
import './review.css';

interface NoticeText {
  key: MessageKey;
  vars?: Record<string, string | number>;
}

const say = (key: MessageKey, vars?: Record<string, string | number>): NoticeText => ({ key, vars });

/** A region's text inside a sentence of its own: without its closing full stop. */
const sentence = (text: string) => text.replace(/\.$/, '');

/** A box in whole points, for a sentence. */
const pointsOf = (box: Box) => ({
  x: Math.round(box.x),
  y: Math.round(box.y),
  width: Math.round(box.width),
  height: Math.round(box.height),
});

/** Where a box drawn by keyboard starts: one inch from the top-left, the size of a short line of text. */
const keyboardDraftStart: Box = { x: 72, y: 72, width: 120, height: 16 };

export function ReviewPage({ documentId, user }: { documentId: string; user: StaffUser }) {
  const { t } = useI18n();
  const { staffRequest } = useSession();
  const documentData = useStaffData<ReviewedDocument>(reviewPaths.document(documentId));
  const regions = useStaffData<DocumentRegions>(reviewPaths.regions(documentId));
  const assessment = useStaffData<Assessment>(reviewPaths.outcome(documentId));
  const changes = useStaffData<ReviewChanges>(reviewPaths.changes(documentId));
  const grounds = useStaffData<{ grounds: Ground[] }>(reviewPaths.grounds);
  const kase = useStaffData<CaseDetail>(documentData.data ? `/api/v1/cases/${documentData.data.caseId}` : null);

  const [pageNumber, setPageNumber] = useState(1);
  const [activeId, setActiveId] = useState<string | null>(null);
  // The ground chosen in the select, for one region as it stood: it lapses as soon as another region is chosen or the
  // region's ground changed. Derived at render, not reset by an effect, so a key pressed right after moving on can
  // never apply the previous region's choice.
  const [groundChoiceFor, setGroundChoiceFor] = useState<{ regionId: string; base: string; ground: string } | null>(
    null,
  );
  const [draft, setDraft] = useState<Box | null>(null);
  const [drawing, setDrawing] = useState<'keyboard' | 'mouse' | null>(null);
  const [draftDone, setDraftDone] = useState(false);
  const [boxEdit, setBoxEdit] = useState<BoxEdit | null>(null);
  // Kept as a message key, so that it follows a change of language.
  const [notice, setNotice] = useState<NoticeText | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [showLabels, setShowLabels] = useState(true);
  const listRef = useRef<HTMLUListElement>(null);
  const groundRef = useRef<HTMLDivElement>(null);

  const doc = documentData.data;
  usePageTitle(doc ? t('review.title', { name: doc.filename }) : t('review.loadingTitle'), t('site.name'));

  const reloadAll = useCallback(() => {
    documentData.reload();
    regions.reload();
    assessment.reload();
    changes.reload();
    // The reload functions are stable (useCallback without dependencies).
  }, []);

  // While detection still runs regions may arrive, and after approval the burn-in and leak gate follow: look again.
  const waiting =
    !!doc &&
    (doc.detectStatus === 'pending' ||
      doc.detectStatus === 'running' ||
      (doc.reviewStatus === 'approved' && (doc.redactStatus === 'pending' || doc.redactStatus === 'running')));
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(reloadAll, 2000);
    return () => window.clearInterval(timer);
  }, [waiting, reloadAll]);

  const pageData = regions.data?.pages.find((page) => page.page === pageNumber) ?? null;
  const pageRegions = useMemo(
    () => [...(pageData?.regions ?? [])].sort((a, b) => readingOrder(a.box, b.box)),
    [pageData],
  );
  const allRegions = useMemo(() => regions.data?.pages.flatMap((page) => page.regions) ?? [], [regions.data]);
  const groundOrder = useMemo(() => (grounds.data?.grounds ?? []).map((ground) => ground.code), [grounds.data]);
  const marks = useMemo(
    () => (changes.data && changes.data.review.reviewStatus !== 'open' ? regionMarks(changes.data.changes) : new Map()),
    [changes.data],
  );
  const active = pageRegions.find((region) => region.id === activeId) ?? null;
  const activeIndex = active ? pageRegions.indexOf(active) : -1;
  // A box is moved or resized only while the review is open: a submitted or approved review is sent back first, so a
  // stray drag never undoes an approval.
  const reviewOpen = regions.data?.review.reviewStatus === 'open';

  // A change of a box not yet saved belongs to its region: choosing another region (or page) drops it.
  useEffect(() => {
    if (boxEdit && boxEdit.regionId !== activeId) setBoxEdit(null);
  }, [activeId, boxEdit]);

  // The first region of the page is chosen when none (or one of another page) is.
  useEffect(() => {
    if (!active && pageRegions.length > 0) setActiveId(pageRegions[0]!.id);
  }, [active, pageRegions]);
  const groundChoice =
    active && groundChoiceFor?.regionId === active.id && groundChoiceFor.base === active.ground
      ? groundChoiceFor.ground
      : (active?.ground ?? '');
  const setGroundChoice = (ground: string) => {
    if (active) setGroundChoiceFor({ regionId: active.id, base: active.ground, ground });
  };

  const legendGrounds = useMemo(() => {
    const used = new Set(allRegions.map((region) => region.ground));
    return (grounds.data?.grounds ?? []).filter((ground) => used.has(ground.code));
  }, [allRegions, grounds.data]);

  const loadError = documentData.error ?? regions.error ?? grounds.error;
  if (loadError !== null) {
    return (
      <>
        <Heading level={1}>{t('review.loadingTitle')}</Heading>
        <ApiErrorAlert error={loadError} />
        <Paragraph>
          <AppLink href="/cases">{t('review.backToList')}</AppLink>
        </Paragraph>
      </>
    );
  }
  if (!doc || !regions.data || !grounds.data) return <Loading />;

  const pageCount = regions.data.pageCount;
  const pageSize = pageData
    ? { width: pageData.width, height: pageData.height }
    : (() => {
        const page = doc.pages.find((candidate) => candidate.pageNumber === pageNumber);
        return { width: page?.widthPt ?? 595, height: page?.heightPt ?? 842 };
      })();

  /** Runs one change; what follows from its answer and the notice show in the same render. */
  async function act<T>(run: () => Promise<T>, done: (result: T) => NoticeText, after?: (result: T) => void) {
    setBusy(true);
    setFailure(null);
    setNotice(null);
    try {
      const result = await run();
      after?.(result);
      setNotice(done(result));
      reloadAll();
      return result;
    } catch (error) {
      setFailure(error);
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  function nextRegionAfter(regionId: string) {
    const index = pageRegions.findIndex((region) => region.id === regionId);
    const next = pageRegions[index + 1];
    if (next) setActiveId(next.id);
  }

  /** The answer of a decision shows at once; the reload that follows brings the rest (counts, other regions). */
  function showRegion(region: Region | null) {
    if (!region) return;
    regions.setData((current) =>
      current
        ? {
            ...current,
            pages: current.pages.map((page) =>
              page.page !== region.page
                ? page
                : {
                    ...page,
                    regions: page.regions.some((known) => known.id === region.id)
                      ? page.regions.map((known) => (known.id === region.id ? region : known))
                      : [...page.regions, region],
                  },
            ),
          }
        : current,
    );
  }

  /** Accepts (with the ground chosen, when another) or rejects the chosen region, then moves on to the next one. */
  async function decide(decision: 'accept' | 'reject') {
    if (!active || busy) return;
    const region = active;
    const text = sentence(region.text ?? t('review.region.noText'));
    const body =
      decision === 'accept' && groundChoice && groundChoice !== region.ground ? { ground: groundChoice } : {};
    await act(
      () => staffRequest<RegionChange>('POST', reviewPaths[decision](region.id), body),
      (answer) =>
        decision === 'accept'
          ? say('review.done.accepted', { text, ground: answer.region?.ground ?? region.ground })
          : say('review.done.rejected', { text }),
      (answer) => {
        showRegion(answer.region);
        nextRegionAfter(region.id);
      },
    );
  }
  const accept = () => decide('accept');
  const reject = () => decide('reject');

  async function applyToCase() {
    if (!active || busy) return;
    const region = active;
    const body =
      region.status === 'rejected'
        ? { decision: 'reject' }
        : { decision: 'accept', ground: groundChoice || region.ground, addMissing: true };
    await act(
      () => staffRequest<ApplyToCaseResult>('POST', reviewPaths.applyToCase(region.id), body),
      (answer) =>
        say('review.done.applied', {
          text: region.text ?? '',
          changed: answer.changedRegions,
          added: answer.addedRegions,
          documents: answer.documents.length,
        }),
    );
  }

  /** Records (or withdraws) that where the region's text stands openly elsewhere, that is another person. */
  async function setNamesake(region: Region, namesake: boolean) {
    if (busy) return;
    const text = sentence(region.text ?? t('review.region.noText'));
    await act(
      () => staffRequest<RegionChange>('PUT', reviewPaths.namesake(region.id), { namesake }),
      () => say(namesake ? 'review.done.namesakeSet' : 'review.done.namesakeCleared', { text }),
      (answer) => showRegion(answer.region),
    );
  }

  /** From the leak message to the region: its page, chosen, the focus on the list. */
  function showLeakRegion(region: Region) {
    goToPage(region.page);
    setActiveId(region.id);
    window.setTimeout(focusList, 0);
  }

  async function addRegion(ground: string) {
    if (!draft) return;
    const box = draft;
    // Errors go to the form, which shows them next to its field.
    const answer = await staffRequest<RegionChange>('POST', reviewPaths.regions(documentId), {
      page: pageNumber,
      box,
      ground,
    });
    setNotice(
      say('review.done.added', {
        text: answer.region?.text ?? t('review.region.noText'),
        ground: answer.region!.ground,
      }),
    );
    setFailure(null);
    endDraft();
    showRegion(answer.region);
    if (answer.region) setActiveId(answer.region.id);
    reloadAll();
    window.setTimeout(focusList, 0);
  }

  /** Back to the list of regions; to the "new box" button on a page without regions. */
  function focusList() {
    (listRef.current ?? window.document.getElementById('review-draw'))?.focus();
  }

  /** V in the list or the panel's button: the arrow keys (or the panel's step buttons) adjust the chosen box until
   * Enter or Escape (or the panel's save or stop button). */
  function startKeyboardBoxEdit() {
    if (!active) return;
    if (!reviewOpen) {
      setFailure(null);
      setNotice(say('review.box.closed'));
      return;
    }
    endDraft();
    setBoxEdit({ regionId: active.id, box: active.box, by: 'keyboard' });
  }

  /** One step of the panel's buttons: what the arrow key does on the page, for single clicks. */
  function stepBoxEdit(arrow: ArrowKey) {
    setBoxEdit((current) => {
      if (!current || current.by !== 'keyboard') return current;
      const box = arrowStepBox(current.box, arrow, pageSize);
      return box ? { ...current, box } : current;
    });
  }

  function cancelBoxEdit() {
    const by = boxEdit?.by;
    setBoxEdit(null);
    if (by === 'keyboard') window.setTimeout(focusList, 0);
  }

  /**
   * Saves a moved or resized box: shown at once, put back as it was (with the API's reason) when the API refuses.
   * The text under the box follows on the API's side; a recorded namesake lapses there, and the notice says so.
   */
  async function saveBox(edit: BoxEdit) {
    // A keyboard change waits while another change is saved; Enter again saves it.
    if (busy && edit.by === 'keyboard') return;
    setBoxEdit(null);
    if (edit.by === 'keyboard') window.setTimeout(focusList, 0);
    const region = allRegions.find((candidate) => candidate.id === edit.regionId);
    if (!region || busy || sameBox(region.box, edit.box)) return;
    // Submitted meanwhile (the page reads the review again while it waits for detection or another tab acts).
    if (!reviewOpen) {
      setFailure(null);
      setNotice(say('review.box.closed'));
      return;
    }
    showRegion({ ...region, box: edit.box });
    const answer = await act(
      () => staffRequest<RegionChange>('PATCH', reviewPaths.region(region.id), { box: edit.box }),
      (result) => {
        const box = result.region?.box ?? edit.box;
        return say(region.namesake && !result.region?.namesake ? 'review.done.boxNamesake' : 'review.done.box', {
          ...pointsOf(box),
          text: sentence(result.region?.text ?? t('review.region.noText')),
        });
      },
      (result) => showRegion(result.region),
    );
    if (answer === undefined) showRegion(region);
  }

  function startKeyboardDraft() {
    setBoxEdit(null);
    setDraft(keyboardDraftStart);
    setDraftDone(false);
    setDrawing('keyboard');
  }

  function endDraft() {
    setDraft(null);
    setDrawing(null);
    setDraftDone(false);
  }

  function cancelDraft() {
    endDraft();
    window.setTimeout(focusList, 0);
  }

  function goToPage(next: number) {
    if (next < 1 || next > pageCount) return;
    endDraft();
    setActiveId(null);
    setPageNumber(next);
  }

  function command(name: ListCommand) {
    if (name === 'accept') void accept();
    else if (name === 'reject') void reject();
    else if (name === 'apply') void applyToCase();
    else if (name === 'ground') groundRef.current?.querySelector('select')?.focus();
    else if (name === 'draw') startKeyboardDraft();
    else if (name === 'adjust') startKeyboardBoxEdit();
    else if (name === 'nextPage') goToPage(pageNumber + 1);
    else if (name === 'previousPage') goToPage(pageNumber - 1);
  }

  /** The button that had the focus is gone after a step of the review: the focus goes to the review's heading. */
  function focusFlow() {
    window.setTimeout(() => window.document.getElementById('review-flow-title')?.focus(), 0);
  }

  async function submit() {
    const result = await act(
      () => staffRequest('POST', reviewPaths.submit(documentId), {}),
      () => say('review.done.submitted'),
    );
    if (result !== undefined) focusFlow();
  }

  async function approve() {
    const result = await act(
      () => staffRequest('POST', reviewPaths.approve(documentId), {}),
      () => say('review.done.approved'),
    );
    if (result !== undefined) focusFlow();
  }

  async function reopen(reason: string) {
    const result = await act(
      () => staffRequest('POST', reviewPaths.reopen(documentId), reason.trim() ? { reason: reason.trim() } : {}),
      () => say('review.done.reopened'),
    );
    if (result !== undefined) focusFlow();
  }

  const imageAlt = t('review.canvas.imageAlt', { page: pageNumber, pages: pageCount, name: doc.filename });

  return (
    <>
      <Paragraph className="woo-pre-heading">
        <AppLink href={`/cases/${doc.caseId}`}>
          {kase.data ? t('review.backToCase', { reference: kase.data.reference }) : t('review.backToCaseShort')}
        </AppLink>
      </Paragraph>
      <Heading level={1}>{t('review.title', { name: doc.filename })}</Heading>
      <Paragraph appearance="lead">
        {t(pageCount === 1 ? 'review.leadOnePage' : 'review.lead', { number: doc.documentNumber, pages: pageCount })} ·{' '}
        {t('review.countsLine', {
          proposed: regions.data.counts.proposed,
          accepted: regions.data.counts.accepted,
          rejected: regions.data.counts.rejected,
        })}
      </Paragraph>
      <div role="status" className="woo-live">
        {notice && (
          <Notice type="ok">
            <Paragraph>{t(notice.key, notice.vars)}</Paragraph>
          </Notice>
        )}
      </div>
      {failure !== null && <ApiErrorAlert error={failure} />}
      <LeakNotice
        document={doc}
        regions={allRegions}
        busy={busy}
        onShow={showLeakRegion}
        onNamesake={(region) => void setNamesake(region, true)}
      />

      <nav className="woo-review-pages" aria-label={t('review.pages.label')}>
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            onClick={() => goToPage(pageNumber - 1)}
            disabled={pageNumber <= 1}
          >
            {t('review.pages.previous')}
          </Button>
          <span className="woo-review-pages__current" aria-current="page">
            {t('review.pages.current', { page: pageNumber, pages: pageCount })}
          </span>
          <Button
            appearance="secondary-action-button"
            onClick={() => goToPage(pageNumber + 1)}
            disabled={pageNumber >= pageCount}
          >
            {t('review.pages.next')}
          </Button>
        </ButtonGroup>
      </nav>

      <div className="woo-review-grid">
        <div className="woo-review-grid__page">
          <PageView
            imageUrl={reviewPaths.pageImage(documentId, pageNumber)}
            imageAlt={imageAlt}
            page={pageSize}
            regions={pageRegions}
            activeId={activeId}
            marks={marks}
            groundOrder={groundOrder}
            draft={draft}
            drawing={drawing}
            showLabels={showLabels}
            onSelect={(id) => {
              setActiveId(id);
              listRef.current?.focus();
            }}
            onDraftChange={(box, by) => {
              setBoxEdit(null);
              setDraft(box);
              setDraftDone(false);
              setDrawing(by);
            }}
            onDraftDone={() => {
              setDraftDone(true);
              setDrawing(null);
            }}
            onDraftCancel={cancelDraft}
            editable={reviewOpen && !draft}
            busy={busy}
            boxEdit={boxEdit}
            onBoxEditChange={setBoxEdit}
            onBoxEditSave={(edit) => void saveBox(edit)}
            onBoxEditCancel={cancelBoxEdit}
          />
          <CheckboxField
            id="review-show-labels"
            label={t('review.canvas.showLabels')}
            checked={showLabels}
            onChange={setShowLabels}
          />
          {/* Always there, so that a screen reader hears every step of the arrow keys (a live region must exist first). */}
          <p role="status" className="woo-review-draft-position">
            {drawing === 'keyboard' && draft
              ? t('review.new.box', pointsOf(draft))
              : boxEdit?.by === 'keyboard'
                ? t('review.box.position', pointsOf(boxEdit.box))
                : ''}
          </p>
        </div>
        <div className="woo-review-grid__side">
          {draft && draftDone && (
            <NewRegionForm box={draft} grounds={grounds.data.grounds} onAdd={addRegion} onCancel={cancelDraft} />
          )}
          <RegionList
            listRef={listRef}
            regions={pageRegions}
            activeId={activeId}
            marks={marks}
            groundOrder={groundOrder}
            pageNumber={pageNumber}
            onActivate={setActiveId}
            onCommand={command}
          />
          <Button id="review-draw" appearance="secondary-action-button" onClick={startKeyboardDraft} disabled={busy}>
            {t('review.action.draw')}
          </Button>
          {active && (
            <RegionPanel
              region={active}
              number={activeIndex + 1}
              total={pageRegions.length}
              grounds={grounds.data.grounds}
              groundChoice={groundChoice}
              onGroundChoice={setGroundChoice}
              groundRef={groundRef}
              busy={busy}
              onAccept={() => void accept()}
              onReject={() => void reject()}
              onApply={() => void applyToCase()}
              onNamesake={(namesake) => void setNamesake(active, namesake)}
              boxEditable={reviewOpen}
              onAdjustBox={startKeyboardBoxEdit}
              boxEditing={boxEdit?.by === 'keyboard' && boxEdit.regionId === active.id}
              onBoxStep={stepBoxEdit}
              onBoxSave={() => {
                if (boxEdit) void saveBox(boxEdit);
              }}
              onBoxCancel={cancelBoxEdit}
              onBackToList={() => listRef.current?.focus()}
            />
          )}
          <Legend grounds={legendGrounds} order={groundOrder} />
          {assessment.data && (
            <OutcomePanel
              assessment={assessment.data}
              documentId={documentId}
              busy={busy}
              onSaved={(answer, reopened) => {
                assessment.setData(answer);
                setFailure(null);
                setNotice(
                  say(reopened ? 'review.done.outcomeReopened' : 'review.done.outcome', {
                    outcome: t(`review.outcome.${answer.outcome ?? answer.derived.suggestedOutcome}`),
                  }),
                );
                reloadAll();
              }}
            />
          )}
          <ReviewPanel
            user={user}
            document={doc}
            assessment={assessment.data}
            changes={changes.data}
            regions={allRegions}
            busy={busy}
            onSubmit={() => void submit()}
            onApprove={() => void approve()}
            onReopen={(reason) => void reopen(reason)}
          />
        </div>
      </div>
    </>
  );
}
