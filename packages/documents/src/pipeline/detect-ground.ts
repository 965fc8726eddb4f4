// One child of the detection flow: the recognisers of one exemption ground over every page of one document, their
// findings stored as proposed regions. Idempotent: a region's dedupKey is unique per document and inserts skip
// conflicts, so a retry or a re-run after a killed worker adds nothing twice.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Document, RedactionRegion, uuidV7 } from '@woo/db';
import { recognisersForGround, runRecognisers, type Finding, type GroundCode } from '@woo/domain';
import { loadDetectionContext } from './detection-context.js';
import { loadDetectionPages } from './detection-pages.js';
import { regionDedupKey } from './region-dedup-key.js';

export type GroundDetectionResult =
  | { status: 'done'; documentId: string; ground: GroundCode; findings: number; inserted: number }
  | {
      status: 'skipped';
      documentId: string;
      ground: GroundCode;
      reason: 'document_not_found' | 'document_failed' | 'pages_not_ready';
    };

export async function detectGround(
  em: EntityManager,
  documentId: string,
  ground: GroundCode,
): Promise<GroundDetectionResult> {
  const document = await em.findOne(Document, documentId, { fields: ['id', 'status', 'case'] });
  if (!document) return { status: 'skipped', documentId, ground, reason: 'document_not_found' };
  if (document.status === 'failed') return { status: 'skipped', documentId, ground, reason: 'document_failed' };
  const pages = await loadDetectionPages(em, documentId);
  if (!pages) return { status: 'skipped', documentId, ground, reason: 'pages_not_ready' };

  const context = await loadDetectionContext(em, document.case.id, documentId);
  const findings = runRecognisers(
    recognisersForGround(ground),
    pages.map((page) => page.text),
    context,
  );
  let inserted = 0;
  // One statement per page: a large document is written in parts, and a part written before a crash is skipped
  // on the re-run.
  for (const page of pages) {
    const onPage = findings.filter((finding) => finding.page === page.text.page);
    if (onPage.length > 0) inserted += await insertRegions(em, documentId, page.pageId, onPage);
  }
  return { status: 'done', documentId, ground, findings: findings.length, inserted };
}

async function insertRegions(
  em: EntityManager,
  documentId: string,
  pageId: string,
  findings: readonly Finding[],
): Promise<number> {
  const now = new Date();
  // Two findings with one key would make a single insert fail ("cannot affect a row a second time"): keep the first.
  const byKey = new Map<string, Finding>();
  for (const finding of findings) {
    const key = regionDedupKey(finding);
    if (!byKey.has(key)) byKey.set(key, finding);
  }
  const rows = [...byKey].map(([dedupKey, finding]) => ({
    id: uuidV7(),
    document: documentId,
    page: pageId,
    x: finding.box[0],
    y: finding.box[1],
    width: finding.box[2],
    height: finding.box[3],
    text: finding.text,
    ground: finding.ground,
    recogniser: finding.recogniser,
    confidence: finding.confidence,
    status: 'proposed' as const,
    origin: 'detected' as const,
    dedupKey,
    // The pieces of one finding over several lines, as detection cut them (Finding.pieceOf).
    findingGroup: finding.pieceOf ?? null,
    createdAt: now,
    updatedAt: now,
  }));
  const result = await em
    .createQueryBuilder(RedactionRegion)
    .insert(rows)
    .onConflict(['document', 'dedupKey'])
    .ignore()
    .execute('run');
  return result.affectedRows;
}
