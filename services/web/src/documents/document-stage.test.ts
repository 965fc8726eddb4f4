// Where a document stands, from what the API reports: one row per situation the pipeline can be in.
import { describe, expect, it } from 'vitest';
import { isMoving, stageOf, stepStates, tallyOf, type DocumentStage } from './document-stage';
import type { DocumentSummary, StepCounts } from './document-types';

const counts = (done: number, pages: number, failed = 0): StepCounts => ({
  pending: pages - done - failed,
  running: 0,
  done,
  failed,
});

function aSummary(overrides: Partial<DocumentSummary> = {}, pages = 2, read = 0): DocumentSummary {
  return {
    id: '01a202eb-1d34-7706-bfc8-043267cdc785',
    documentNumber: 1,
    filename: 'memo.pdf',
    mediaType: 'application/pdf',
    byteSize: 1000,
    status: 'processing',
    duplicateOf: null,
    failureReason: null,
    pageCount: pages,
    familyId: '01a202eb-1d34-7706-bfc8-043267cdc786',
    parent: null,
    progress: { pages, textLayer: 0, render: counts(read, pages), ocr: counts(read, pages), detect: counts(0, pages) },
    detectStatus: 'pending',
    reviewStatus: 'open',
    redactStatus: 'pending',
    regionsPerGround: [],
    leakGatePassed: null,
    createdAt: '2026-03-02T10:00:00.000Z',
    ...overrides,
  };
}

const ready = { status: 'ready', detectStatus: 'done' } as const;

const rows: [string, DocumentSummary, DocumentStage, string][] = [
  // what, document, stage, the states of received, ingest, pages, detection, review, burnIn, leakGate
  [
    'just uploaded',
    aSummary({ status: 'uploaded', pageCount: null }, 0),
    'received',
    'done queued todo todo todo todo todo',
  ],
  ['ingest making pages', aSummary({ pageCount: 3 }, 1), 'ingest', 'done running todo todo todo todo todo'],
  ['one page of two read', aSummary({}, 2, 1), 'pages', 'done done running todo todo todo todo'],
  [
    'all read, detecting',
    aSummary({ detectStatus: 'running' }, 2, 2),
    'detection',
    'done done done running todo todo todo',
  ],
  ['ready for review', aSummary(ready, 2, 2), 'review', 'done done done done action todo todo'],
  [
    'submitted',
    aSummary({ ...ready, reviewStatus: 'submitted' }, 2, 2),
    'secondReview',
    'done done done done action todo todo',
  ],
  [
    'approved, burning in',
    aSummary({ ...ready, reviewStatus: 'approved', redactStatus: 'running' }, 2, 2),
    'burnIn',
    'done done done done done running todo',
  ],
  [
    'burnt in, gate to run',
    aSummary({ ...ready, reviewStatus: 'approved', redactStatus: 'done' }, 2, 2),
    'leakGate',
    'done done done done done done running',
  ],
  [
    'gate passed',
    aSummary({ ...ready, reviewStatus: 'approved', redactStatus: 'done', leakGatePassed: true }, 2, 2),
    'passed',
    'done done done done done done done',
  ],
  [
    'gate failed',
    aSummary({ ...ready, reviewStatus: 'approved', redactStatus: 'failed', leakGatePassed: false }, 2, 2),
    'leakGateFailed',
    'done done done done done done failed',
  ],
  [
    'not a PDF',
    aSummary({ status: 'failed', failureReason: 'Het bestand is geen PDF maar een ZIP-bestand' }, 0),
    'failed',
    'done failed skipped skipped skipped skipped skipped',
  ],
  [
    'a page unreadable',
    aSummary({ status: 'failed', progress: { ...aSummary({}, 2).progress, ocr: counts(1, 2, 1) } }, 2),
    'failed',
    'done done failed skipped skipped skipped skipped',
  ],
  [
    'detection gave up',
    aSummary({ detectStatus: 'failed' }, 2, 2),
    'failed',
    'done done done failed skipped skipped skipped',
  ],
  [
    'burn-in gave up',
    aSummary({ ...ready, reviewStatus: 'approved', redactStatus: 'failed' }, 2, 2),
    'failed',
    'done done done done done failed skipped',
  ],
];

describe('stageOf and stepStates', () => {
  it.each(rows)('%s', (_what, document, stage, states) => {
    expect(stageOf(document)).toBe(stage);
    expect(Object.values(stepStates(document)).join(' ')).toBe(states);
  });
});

describe('isMoving and tallyOf', () => {
  it('polls often only while a worker still has to act, and counts for the announcement', () => {
    const documents = rows.map(([, document]) => document);
    expect(documents.filter(isMoving).length).toBe(6);
    expect(tallyOf(documents)).toEqual({ total: 14, moving: 6, readyForReview: 1, failed: 5, passed: 1 });
  });
});
