// The leak gate (DESIGN §4 step 7): look at the public version as an attacker would and fail it when anything that
// was redacted survives. Nothing is published without passing.
//
// Where it looks (each a known leak route):
//   - the text layer as a PDF reader extracts it (pdf.js), page by page;
//   - every object pdf-lib reads: Info, XMP, annotations, bookmarks, form fields, attachments, ActualText/Alt, and
//     every non-image stream decoded — its string operands and its raw text;
//   - the raw bytes of the file, every stream inflated, without trusting the cross-reference table: earlier
//     revisions kept by an incremental save and orphaned objects are found there;
//   - the pixels: under each region the public page must be painted (see check-painted-pixels.ts).
// What it looks for: each region's text, the words that lay under each region in the original, the detected
// identifiers, the original's metadata values (Info — Title, Author, Subject, Keywords, Creator and Producer too,
// since they carry user and machine names — and every XMP value) and its file name. A metadata value, file name or
// single covered word that the original also showed outside every region is not searched for: the heading that
// is also the Title is no secret. Nor is the text of a region a reviewer marked as a namesake (RedactionRegionInput
// `namesake`: where it stands openly, that is another person) where the original also showed it openly; the other
// words under that region, the identifiers, the metadata, the file name and the pixels stay as strict as ever.
import type { PageText } from '@woo/domain';
import { defaultDocumentLimits } from '../read/document-limits.js';
import type { DocumentLimits } from '../read/document-limits.js';
import { openDocument } from '../read/open-document.js';
import { paintedBox } from '../redact/painted-box.js';
import type { PaintedBoxOptions } from '../redact/painted-box.js';
import type { RedactionRegionInput } from '../redact/redaction-region.js';
import { checkPaintedPixels } from './check-painted-pixels.js';
import type { ExtractedText, LeakRoute } from './extracted-text.js';
import { extractPdfObjects, loadForInspection } from './extract-pdf-objects.js';
import { fileNameSecrets, metadataSecrets, secretsFromRegions, visibleText } from './original-secrets.js';
import type { Secret, SecretKind } from './original-secrets.js';
import { scanFileBytes } from './scan-file-bytes.js';
import { createTextMatcher, normalizeForComparison } from './text-match.js';

export interface VerifyOptions {
  /** The original document (PDF or image). */
  original: Uint8Array;
  regions: readonly RedactionRegionInput[];
  /** Every identifier the detectors found (BSN, IBAN, e-mail …): none may survive, redacted or not. */
  detectedIdentifiers?: readonly string[];
  /** The original's file name as uploaded. */
  originalFileName?: string;
  /** The original's words, when the pipeline has them (OCR of a scan); otherwise its own text layer is read. */
  originalWords?: readonly PageText[];
  /** The box options the redaction used, to know where the paint must be (default: the same defaults). */
  box?: PaintedBoxOptions;
  /** Resolution of the pixel check; 100 dpi by default. */
  pixelDpi?: number;
  limits?: DocumentLimits;
}

export interface Leak {
  route: LeakRoute;
  /** The redacted text that was found (for route 'pixels': the region's text or ground). */
  text: string;
  page?: number;
  /** What the text was to us. */
  kind: SecretKind | 'unpainted';
  /** The region behind a region-derived leak (its text, the words under it, or its paint), when it has an id. */
  regionId?: string;
}

export interface VerifyResult {
  passed: boolean;
  leaks: Leak[];
}

/** Throws when the public version cannot be read at all (that is bad input, not a pass). */
export async function verifyRedaction(publicPdf: Uint8Array, options: VerifyOptions): Promise<VerifyResult> {
  const limits = options.limits ?? defaultDocumentLimits;
  const originalPages = options.originalWords
    ? [...options.originalWords]
    : await readOriginalWords(options.original, limits);
  const visible = normalizeForComparison(visibleText(options.regions, originalPages));
  const secrets: Secret[] = [
    ...secretsFromRegions(options.regions, originalPages),
    ...(options.detectedIdentifiers ?? []).map((text) => ({ kind: 'identifier' as const, text, unlessVisible: false })),
    ...(await metadataSecrets(options.original)),
    ...fileNameSecrets(options.originalFileName),
  ];

  const leaks: Leak[] = [];
  const opened = await openDocument(publicPdf, limits);
  const found: ExtractedText[] = [];
  try {
    const dpi = options.pixelDpi ?? 100;
    for (let number = 1; number <= opened.pageCount; number += 1) {
      const page = await opened.page(number);
      const text = await page.textLayer();
      if (text)
        found.push({
          route: 'text-layer',
          text: text.words.map((word) => word.text).join(' '),
          mode: 'loose',
          page: number,
        });
      const regions = options.regions.filter((region) => region.page === number);
      if (regions.length === 0) continue;
      const image = await page.render({ dpi });
      for (const region of regions) {
        const box = paintedBox(region.box, { width: page.widthPt, height: page.heightPt }, options.box);
        if (!checkPaintedPixels(image, box).painted) {
          leaks.push({
            route: 'pixels',
            text: region.text ?? region.ground,
            page: number,
            kind: 'unpainted',
            ...idOf(region),
          });
        }
      }
    }
    for (const region of options.regions) {
      if (region.page > opened.pageCount) {
        leaks.push({
          route: 'pixels',
          text: region.text ?? region.ground,
          page: region.page,
          kind: 'unpainted',
          ...idOf(region),
        });
      }
    }
  } finally {
    await opened.close();
  }
  found.push(...extractPdfObjects(await loadForInspection(publicPdf)));
  found.push(...scanFileBytes(publicPdf));

  const haystacks = groupHaystacks(found).map((haystack) => ({
    ...haystack,
    compact: haystack.text.replace(/ /g, ''),
  }));
  const visibleCompact = visible.replace(/ /g, '');
  const seen = new Set<string>();
  const matchers = new Map<string, ReturnType<typeof createTextMatcher>>();
  for (const secret of secrets) {
    // The same text comes back as region text, words and identifier: one matcher for each text.
    let matcher = matchers.get(secret.text);
    if (matcher === undefined && !matchers.has(secret.text)) {
      matcher = createTextMatcher(secret.text);
      matchers.set(secret.text, matcher);
    }
    if (!matcher) continue;
    if (secret.unlessVisible && visibleCompact.includes(matcher.compact) && matcher.loose(visible)) continue;
    for (const haystack of haystacks) {
      if (!haystack.compact.includes(matcher.compact)) continue;
      const hit = haystack.mode === 'loose' ? matcher.loose(haystack.text) : matcher.strict(haystack.text);
      if (!hit) continue;
      const key = `${haystack.route}\u0000${haystack.page ?? ''}\u0000${secret.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      leaks.push({
        route: haystack.route,
        text: secret.text,
        kind: secret.kind,
        ...(haystack.page === undefined ? {} : { page: haystack.page }),
        ...(secret.regionId === undefined ? {} : { regionId: secret.regionId }),
      });
    }
  }
  return { passed: leaks.length === 0, leaks };
}

function idOf(region: RedactionRegionInput): { regionId?: string } {
  return region.id === undefined ? {} : { regionId: region.id };
}

async function readOriginalWords(original: Uint8Array, limits: DocumentLimits): Promise<PageText[]> {
  const document = await openDocument(original, limits);
  try {
    const pages: PageText[] = [];
    for (let number = 1; number <= document.pageCount; number += 1) {
      const text = await (await document.page(number)).textLayer();
      if (text) pages.push(text);
    }
    return pages;
  } finally {
    await document.close();
  }
}

/** One normalised text per route, page and mode: far fewer regular-expression runs than one per string. */
function groupHaystacks(found: readonly ExtractedText[]): ExtractedText[] {
  const groups = new Map<string, ExtractedText & { parts: string[] }>();
  for (const item of found) {
    const key = `${item.route}\u0000${item.page ?? ''}\u0000${item.mode}`;
    let group = groups.get(key);
    if (!group) {
      group = { ...item, parts: [] };
      groups.set(key, group);
    }
    group.parts.push(item.text);
  }
  return [...groups.values()].map(({ parts, ...group }) => ({
    ...group,
    // Strings of one stream are joined with a space: a word split by kerning ("Pie" "tersen") is found whole.
    text: normalizeForComparison(parts.join(' \n ')),
  }));
}
