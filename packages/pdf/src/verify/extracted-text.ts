// A piece of text the leak gate found in a public PDF, and where it found it.

/** Where a text was found: each is a known way redaction leaks (DESIGN §4). */
export type LeakRoute =
  | 'text-layer'
  | 'content-stream'
  | 'stream'
  | 'file-bytes'
  | 'info'
  | 'xmp'
  | 'annotation'
  | 'outline'
  | 'embedded-file'
  | 'form-field'
  | 'marked-content'
  | 'object'
  | 'pixels';

export interface ExtractedText {
  route: LeakRoute;
  text: string;
  page?: number;
  /**
   * loose: text as a reader sees it (letter spacing and kerning splits are tolerated);
   * strict: raw syntax with numbers side by side, where only the needle's own word breaks may be bridged.
   */
  mode: 'loose' | 'strict';
}
