// The keyboard, for tests that use no mouse. Checks on the focused element are strings run in the page (this
// project's type-check has no DOM library).
import type { Page } from 'playwright-core';

/** Presses Tab (or Shift+Tab) until the focused element passes `check` (a function of document.activeElement). */
export async function tabTo(page: Page, what: string, check: string, options: { back?: boolean } = {}): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    if (await page.evaluate(`(${check})(document.activeElement)`)) return;
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

/** A check for `tabTo`: the button with exactly this text. */
export const isButton = (text: string): string =>
  `(el) => el?.tagName === 'BUTTON' && el.textContent.trim() === ${JSON.stringify(text)}`;

/** A check for `tabTo`: a list box (the review's list of regions). */
export const isListbox = `(el) => el?.getAttribute('role') === 'listbox'`;

/** Presses `key` `times` times. */
export async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
}
