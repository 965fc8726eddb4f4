// The text of a page as every step of the document pipeline shares it: from the PDF's own text layer or from OCR,
// read by the detectors, used by the redactor to keep the words that lie wholly outside every region.
// Coordinates are PDF points (1/72 inch) from the TOP-LEFT of the page as it is displayed (after /Rotate and
// CropBox), x to the right, y downwards.

export interface PageWord {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** 0–1; OCR confidence, or 1 for a word from the PDF's text layer. */
  confidence?: number;
}

export interface PageText {
  /** 1-based page number. */
  page: number;
  /** Page size in points, as displayed. */
  width: number;
  height: number;
  /** Where the words came from. */
  source: 'text-layer' | 'ocr';
  /** Words in reading order; a line break between words is implied by their positions. */
  words: PageWord[];
}

/** A box [x, y, width, height] in PDF points from the top-left of the page. */
export type Box = [x: number, y: number, width: number, height: number];
