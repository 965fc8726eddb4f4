import { describe, expect, it } from 'vitest';
import { jpegImage, multiPageTiff, pngHeaderOnly, textPdf, zipFile } from '../testing/index.js';
import { describeUnreadable } from './describe-unreadable.js';
import { detectFileType } from './detect-file-type.js';

const text = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('detectFileType', () => {
  it('recognises each kind by its content', async () => {
    expect(detectFileType(await textPdf())).toEqual({ kind: 'pdf', mediaType: 'application/pdf' });
    expect(detectFileType(pngHeaderOnly(10, 10)).kind).toBe('png');
    expect(detectFileType(await jpegImage(20, 10)).kind).toBe('jpeg');
    expect(detectFileType(multiPageTiff([{ width: 2, height: 2, grey: 0, dpi: 72 }])).kind).toBe('tiff');
    expect(detectFileType(new Uint8Array([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8])).kind).toBe('tiff'); // big-endian
  });

  it('finds %PDF- after junk within the first KiB, not after it', () => {
    expect(detectFileType(text(`${'x'.repeat(1000)}%PDF-1.7\n`)).kind).toBe('pdf');
    expect(detectFileType(text(`${'x'.repeat(1100)}%PDF-1.7\n`)).kind).toBe('unknown');
  });

  it('tells a plain ZIP from an Office file', () => {
    expect(detectFileType(zipFile('notes.txt', 'hallo'))).toEqual({
      kind: 'zip',
      mediaType: 'application/zip',
      office: false,
    });
    expect(detectFileType(zipFile('[Content_Types].xml', '<Types/>'))).toMatchObject({ kind: 'zip', office: true });
  });

  it.each([
    ['From: a@example.nl\r\nTo: b@example.nl\r\nSubject: Woo\r\n\r\nHallo', 'eml'],
    ['Received: from mx.example.nl\n\tby mx2; Mon, 2 Mar 2026\nMIME-Version: 1.0\nSubject: x\n\nbody', 'eml'],
    ['Return-Path: <a@example.nl>\nDelivered-To: b@example.nl\n\n', 'eml'],
    ['To: iedereen\n\nDit is een notitie, geen e-mail.', 'unknown'],
    ['Beste Jan,\nFrom: hier\nSubject: daar\n', 'unknown'],
    ['', 'unknown'],
  ])('mail headers at the start: %j → %s', (input, kind) => {
    expect(detectFileType(text(input)).kind).toBe(kind);
  });
});

describe('describeUnreadable', () => {
  it('says a ZIP named .pdf is not a PDF', () => {
    const error = describeUnreadable(detectFileType(zipFile('notes.txt', 'x')), 'besluit.pdf');
    expect(error.code).toBe('document.unsupported_type');
    expect(error.nl).toBe('Het bestand is geen PDF maar een ZIP-bestand');
    expect(error.en).toBe('The file is not a PDF but a ZIP file');
  });

  it('names Office files and unknown files without a misleading name', () => {
    expect(describeUnreadable(detectFileType(zipFile('[Content_Types].xml', 'x')), 'nota.docx').nl).toBe(
      'Het bestand is een Office-bestand (ZIP-bestand); dat kunnen we niet lezen (wel: PDF, PNG, JPEG, TIFF en e-mail)',
    );
    expect(describeUnreadable(detectFileType(text('gewoon tekst'))).en).toMatch(/^The file is a file of unknown type/);
  });
});
