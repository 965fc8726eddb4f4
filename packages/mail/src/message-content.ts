/**
 * What a template writes, in one language: a subject and blocks of content. The layout turns the blocks into plain
 * text and into escaped HTML, so templates never write markup and cannot forget to escape.
 */
export type ContentBlock =
  | { kind: 'paragraph'; text: string }
  /** Label and value pairs: the facts of a case (reference, dates). */
  | { kind: 'facts'; rows: readonly (readonly [label: string, value: string])[] }
  | { kind: 'list'; items: readonly string[]; ordered?: boolean }
  | { kind: 'link'; label: string; url: string };

export interface ComposedMessage {
  subject: string;
  blocks: ContentBlock[];
}

/** The finished e-mail: both languages, the first one chosen by the notification's locale. */
export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}
