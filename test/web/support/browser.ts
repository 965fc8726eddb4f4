// Debian's Chromium driven by playwright-core, each page checked with axe (WCAG 2.1 A and AA) and photographed
// into test-results/web/ for people to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { repoRoot } from '../../support/processes.js';

export const screenshotDir = join(repoRoot, 'test-results/web');

export interface TestBrowser {
  /** A new browser window with its own cookies (the requester and the coordinator are different people). */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  mkdirSync(screenshotDir, { recursive: true });
  const contexts: BrowserContext[] = [];
  // launch() gives the browser a fresh temporary profile (user-data dir) of its own and removes it on close.
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
      contexts.push(context);
      return context.newPage();
    },
    async close() {
      await Promise.allSettled(contexts.map((context) => context.close()));
      await browser.close();
    },
  };
}

/** The axe violations of the page as it is now, as readable lines (empty when there are none). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/** No axe violations on the page as it is now, then its screenshot under `name`. */
export async function checkPage(page: Page, name: string): Promise<void> {
  expect(await accessibilityViolations(page), `axe on ${name}`).toEqual([]);
  await screenshot(page, name);
}
