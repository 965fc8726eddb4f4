// The attacker's first look: the file as bytes, without trusting its cross-reference table. Every "stream … endstream"
// in the file is inflated, including those of earlier revisions kept by an incremental save and objects nothing
// points to any more — a PDF reader shows the last revision, but the bytes of the earlier ones are still there.
import { constants, inflateSync } from 'node:zlib';
import { bytesAsText, readPdfStrings } from './pdf-strings.js';
import type { ExtractedText } from './extracted-text.js';

/** A stream that inflates beyond this is cut off: a decompression bomb must not take the gate down. */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;
/** How far before "stream" we look for its dictionary (to skip images). */
const DICT_LOOKBACK = 4096;

export function scanFileBytes(bytes: Uint8Array): ExtractedText[] {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const latin1 = file.toString('latin1');
  const found: ExtractedText[] = [];
  const outside: string[] = [];
  let cursor = 0;
  const streamStart = /stream(?:\r\n|\n|\r)/g;
  for (let match = streamStart.exec(latin1); match; match = streamStart.exec(latin1)) {
    // "endstream" also ends in "stream"; only a keyword that starts a stream counts.
    if (latin1.slice(Math.max(0, match.index - 3), match.index) === 'end') continue;
    const dataStart = match.index + match[0].length;
    const dataEnd = latin1.indexOf('endstream', dataStart);
    if (dataEnd < 0) break;
    outside.push(latin1.slice(cursor, match.index));
    cursor = dataEnd + 'endstream'.length;
    streamStart.lastIndex = cursor;
    const dict = latin1.slice(Math.max(0, match.index - DICT_LOOKBACK), match.index);
    const dictStart = dict.lastIndexOf('obj');
    const ownDict = dictStart >= 0 ? dict.slice(dictStart) : dict;
    if (/\/Subtype\s*\/Image|\/DCTDecode|\/JPXDecode|\/CCITTFaxDecode|\/JBIG2Decode/.test(ownDict)) continue;
    const data = file.subarray(dataStart, dataEnd);
    const decoded = /\/FlateDecode|\/Fl\b/.test(ownDict) ? inflateTolerant(data) : data;
    if (!decoded) continue;
    const text = bytesAsText(decoded);
    found.push({ route: 'file-bytes', text, mode: 'strict' });
    for (const string of readPdfStrings(decoded.toString('latin1'))) {
      found.push({ route: 'file-bytes', text: string, mode: 'loose' });
    }
  }
  outside.push(latin1.slice(cursor));
  const objects = outside.join('\n');
  found.push({ route: 'file-bytes', text: objects, mode: 'strict' });
  for (const string of readPdfStrings(objects)) found.push({ route: 'file-bytes', text: string, mode: 'loose' });
  return found;
}

/** Inflates what it can: a truncated or slightly damaged stream still gives up the text before the damage. */
export function inflateTolerant(data: Uint8Array): Buffer | null {
  try {
    return inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: MAX_INFLATED_BYTES });
  } catch {
    return null;
  }
}
