// The plain text of a page from its words: a space between words on one line, a line break where the next word
// starts on a new line (its middle below the previous word's box, or back to the left on the same height band).
import type { PageText } from '@woo/domain';

export function pageTextString(page: Pick<PageText, 'words'>): string {
  let text = '';
  let previous: PageText['words'][number] | undefined;
  for (const word of page.words) {
    if (previous) {
      const middle = word.y + word.height / 2;
      const newLine =
        middle > previous.y + previous.height || middle < previous.y || word.x + word.width / 2 < previous.x;
      text += newLine ? '\n' : ' ';
    }
    text += word.text;
    previous = word;
  }
  return text;
}
