// The decision letter as content: what @woo/pdf's renderLetter lays out. The shape is the renderer's LetterLayout
// (structurally the same), declared here so the case service does not depend on the PDF library; the API passes the
// renderer in (CaseDecisionDeps.renderLetter).

export type DecisionLetterBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; source?: { nl: string; en: string; field?: string } }
  | { kind: 'table'; columns: { header: string; width: number }[]; rows: string[][] };

export interface DecisionLetter {
  letterhead: { name: string; addressLines: string[] };
  addressee: string[];
  facts: [string, string][];
  title: string;
  blocks: DecisionLetterBlock[];
  signature: { closing: string; lines: string[] };
  watermark?: string;
  footer: string;
  pageLabel: (page: number, pages: number) => string;
  documentTitle: string;
}

/** Renders a letter to PDF bytes (the API passes @woo/pdf's renderLetter). */
export type RenderLetter = (letter: DecisionLetter) => Promise<Uint8Array>;
