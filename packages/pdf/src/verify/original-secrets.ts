// What must not survive in the public version, taken from the original: the text of every region, the words that
// lay under each region, the original's metadata values and its file name. Also what the original showed openly
// (the words outside every region), because a metadata value that is also the visible heading is no secret.
import { PDFDict, PDFHexString, PDFName, PDFStream, PDFString } from 'pdf-lib';
import type { Box, PageText, PageWord } from '@woo/domain';
import type { RedactionRegionInput } from '../redact/redaction-region.js';
import { touchesBox } from '../redact/painted-box.js';
import { decodeStreamContents, loadForInspection } from './extract-pdf-objects.js';
import { bytesAsText } from './pdf-strings.js';
import { normalizeForComparison } from './text-match.js';

export type SecretKind = 'region-text' | 'region-words' | 'region-word' | 'identifier' | 'metadata' | 'file-name';

export interface Secret {
  kind: SecretKind;
  text: string;
  /** Only searched for when it is not also part of what the original showed outside every region. */
  unlessVisible: boolean;
  /** The region the secret comes from, when it has an id (for a finding over several lines: its first piece). */
  regionId?: string;
}

/** A word counts as under a region when at least this share of its area is covered by the region's box. */
const UNDER_REGION_SHARE = 0.25;
/** A single word under a region is searched for on its own from this many letters (shorter ones are too common). */
const MIN_SINGLE_WORD = 4;
/** Metadata values that every PDF writer puts in and that say nothing about the document. */
const GENERIC_METADATA = new Set(['application/pdf', 'true', 'false', 'unknown', 'untitled', 'adobe pdf library']);

export function secretsFromRegions(regions: readonly RedactionRegionInput[], pages: readonly PageText[]): Secret[] {
  const secrets: Secret[] = [];
  const wordsUnder = (region: RedactionRegionInput): PageWord[] => {
    const page = pages.find((text) => text.page === region.page);
    return (page?.words ?? []).filter((word) => coveredShare(word, region.box) >= UNDER_REGION_SHARE);
  };
  for (const pieces of findingsOf(regions)) {
    // A finding over several lines: the whole is searched strictly; a piece on its own ("Van", "de heer") only
    // when the original did not also show it openly, like a single covered word.
    const piecewise = pieces.length > 1;
    const idOf = (region: RedactionRegionInput | undefined) =>
      region?.id === undefined ? {} : { regionId: region.id };
    const whole = idOf(pieces[0]);
    // A namesake (the reviewer's decision, on every piece of the finding): the region's own text is searched only
    // when the original did not also show it openly — there it is another person. What else lay under the region
    // stays strict, so the decision cannot let more than that one text through.
    const namesake = pieces.every((region) => region.namesake === true);
    const texts = pieces.map((region) => region.text?.trim() ?? '').filter((text) => text !== '');
    const joined = texts.join(' ');
    if (texts.length > 0) secrets.push({ kind: 'region-text', text: joined, unlessVisible: namesake, ...whole });
    const underEach = pieces.map(wordsUnder);
    const under = underEach.flat();
    if (under.length > 0) {
      const text = under.map((word) => word.text).join(' ');
      const sameAsText = namesake && normalizeForComparison(text) === normalizeForComparison(joined);
      secrets.push({ kind: 'region-words', text, unlessVisible: sameAsText, ...whole });
    }
    if (piecewise) {
      pieces.forEach((region, index) => {
        const text = region.text?.trim() ?? '';
        if (text !== '') secrets.push({ kind: 'region-text', text, unlessVisible: true, ...idOf(region) });
        const words = underEach[index] ?? [];
        if (words.length > 0) {
          const wordsText = words.map((word) => word.text).join(' ');
          secrets.push({ kind: 'region-words', text: wordsText, unlessVisible: true, ...idOf(region) });
        }
      });
    }
    pieces.forEach((region, index) => {
      for (const word of underEach[index] ?? []) {
        if ([...word.text.replace(/[^\p{L}\p{N}]/gu, '')].length >= MIN_SINGLE_WORD) {
          secrets.push({ kind: 'region-word', text: word.text, unlessVisible: true, ...idOf(region) });
        }
      }
    });
  }
  return secrets;
}

/**
 * The regions grouped per finding: a region without a group is a finding of its own; the pieces of one group in
 * reading order (page, line, left to right).
 */
export function findingsOf(regions: readonly RedactionRegionInput[]): RedactionRegionInput[][] {
  const findings: RedactionRegionInput[][] = [];
  const groups = new Map<string, RedactionRegionInput[]>();
  for (const region of regions) {
    if (region.group === undefined) {
      findings.push([region]);
      continue;
    }
    let pieces = groups.get(region.group);
    if (!pieces) {
      pieces = [];
      groups.set(region.group, pieces);
      findings.push(pieces);
    }
    pieces.push(region);
  }
  for (const pieces of groups.values()) {
    pieces.sort((a, b) => a.page - b.page || a.box[1] - b.box[1] || a.box[0] - b.box[0]);
  }
  return findings;
}

/** The text the original showed openly: every word that does not touch any region's box. */
export function visibleText(regions: readonly RedactionRegionInput[], pages: readonly PageText[]): string {
  const parts: string[] = [];
  for (const page of pages) {
    const boxes = regions.filter((region) => region.page === page.page).map((region) => region.box);
    for (const word of page.words) if (!boxes.some((box) => touchesBox(word, box))) parts.push(word.text);
    parts.push('\n');
  }
  return parts.join(' ');
}

/** Every value of the original's Info dictionary and XMP packet; nothing when the original is no readable PDF. */
export async function metadataSecrets(original: Uint8Array): Promise<Secret[]> {
  let document;
  try {
    document = await loadForInspection(original);
  } catch {
    return [];
  }
  const values: string[] = [];
  const info = document.context.lookup(document.context.trailerInfo.Info);
  if (info instanceof PDFDict) {
    for (const [, value] of info.entries()) {
      const resolved = document.context.lookup(value);
      if (resolved instanceof PDFString || resolved instanceof PDFHexString) values.push(resolved.decodeText());
    }
  }
  const metadata = document.catalog.lookup(PDFName.of('Metadata'));
  if (metadata instanceof PDFStream) {
    const bytes = decodeStreamContents(metadata);
    if (bytes) values.push(...xmpValues(bytesAsText(bytes)));
  }
  return [...new Set(values.map((value) => value.trim()))]
    .filter((value) => value && !GENERIC_METADATA.has(value.toLowerCase()))
    .map((text) => ({ kind: 'metadata' as const, text, unlessVisible: true }));
}

/** Text content and attribute values of an XMP packet, without the XML around them. */
export function xmpValues(xml: string): string[] {
  const values: string[] = [];
  for (const match of xml.matchAll(/>([^<>]+)</g)) values.push(decodeXml(match[1] ?? ''));
  for (const match of xml.matchAll(/\s[\w-]+:[\w-]+="([^"]*)"/g)) {
    // Namespace declarations (xmlns:dc="http://…") are the vocabulary, not values.
    if (!match[0].trimStart().startsWith('xmlns:')) values.push(decodeXml(match[1] ?? ''));
  }
  return values.map((value) => value.trim()).filter((value) => value && !value.startsWith('http://ns.adobe.com/'));
}

function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The original's file name, with and without its extension. */
export function fileNameSecrets(fileName: string | undefined): Secret[] {
  if (!fileName?.trim()) return [];
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[a-z0-9]{1,5}$/i, '');
  return [...new Set([base, stem])].map((text) => ({ kind: 'file-name' as const, text, unlessVisible: true }));
}

function coveredShare(word: PageWord, box: Box): number {
  const [x, y, width, height] = box;
  const overlapX = Math.min(word.x + word.width, x + width) - Math.max(word.x, x);
  const overlapY = Math.min(word.y + word.height, y + height) - Math.max(word.y, y);
  if (overlapX <= 0 || overlapY <= 0) return 0;
  const area = word.width * word.height;
  return area > 0 ? (overlapX * overlapY) / area : 0;
}
