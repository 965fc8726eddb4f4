export type { LetterBlock, LetterLayout, LetterTableColumn } from './letter-layout.js';
export { printableLetterText, renderLetter, wrapText } from './render-letter.js';
export { LetterTextError, printableText, type LetterPlace } from './letter-text.js';
