// Reads the string operands out of PDF syntax — content streams, object streams, dictionaries — as text:
// literal strings "(Jan \(de\) Vries)" and hex strings "<4A616E>", decoded as UTF-16BE (with its byte-order mark),
// UTF-8 (with its mark) or PDFDocEncoding (read as Latin-1, which agrees on every letter).
// Text shown with a simple font (WinAnsi, Standard) reads back as what it says; text in a font with its own encoding
// (Identity-H) does not, which is why the gate also asks pdf.js for the text layer.

/** Every string operand in `source` (bytes as Latin-1 characters), decoded. */
export function readPdfStrings(source: string): string[] {
  const strings: string[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (char === '%') {
      // A comment runs to the end of the line; a parenthesis in it is no string.
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i += 1;
    } else if (char === '(') {
      const [bytes, end] = readLiteral(source, i + 1);
      strings.push(decodePdfStringBytes(bytes));
      i = end;
    } else if (char === '<' && source[i + 1] !== '<') {
      const end = source.indexOf('>', i + 1);
      if (end < 0) break;
      const hex = source.slice(i + 1, end).replace(/\s+/g, '');
      if (/^[0-9a-fA-F]*$/.test(hex)) strings.push(decodePdfStringBytes(hexToBytes(hex)));
      i = end + 1;
    } else if (char === '<') {
      i += 2;
    } else {
      i += 1;
    }
  }
  return strings.filter((text) => text.trim().length > 0);
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };

function readLiteral(source: string, start: number): [number[], number] {
  const bytes: number[] = [];
  let depth = 1;
  let i = start;
  while (i < source.length) {
    const char = source[i] ?? '';
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      if (next in ESCAPES) {
        bytes.push(ESCAPES[next] ?? 0);
        i += 2;
      } else if (/[0-7]/.test(next)) {
        const octal = /^[0-7]{1,3}/.exec(source.slice(i + 1, i + 4))?.[0] ?? '0';
        bytes.push(parseInt(octal, 8) & 0xff);
        i += 1 + octal.length;
      } else if (next === '\r' || next === '\n') {
        // A backslash at the end of a line continues the string on the next line.
        i += next === '\r' && source[i + 2] === '\n' ? 3 : 2;
      } else {
        i += 1;
      }
      continue;
    }
    if (char === '(') depth += 1;
    if (char === ')') {
      depth -= 1;
      if (depth === 0) return [bytes, i + 1];
    }
    bytes.push(char.charCodeAt(0) & 0xff);
    i += 1;
  }
  return [bytes, i];
}

function hexToBytes(hex: string): number[] {
  const padded = hex.length % 2 ? `${hex}0` : hex;
  const bytes: number[] = [];
  for (let i = 0; i < padded.length; i += 2) bytes.push(parseInt(padded.slice(i, i + 2), 16));
  return bytes;
}

/** Decodes the bytes of a PDF text string. */
export function decodePdfStringBytes(bytes: readonly number[] | Uint8Array): string {
  const data = Uint8Array.from(bytes);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf)
    return new TextDecoder('utf-8').decode(data.subarray(3));
  return Buffer.from(data).toString('latin1');
}

/** A stream's bytes as text: UTF-8 when they are valid UTF-8 (XMP, embedded text files), Latin-1 otherwise. */
export function bytesAsText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  }
}
