// Logging in as staff in the browser: by the form with the mouse, or by keyboard only.
import type { Page } from 'playwright-core';
import { tabTo } from './keyboard.js';
import type { StaffAccount } from './web-test-server.js';

/** Logs in on /login and waits for the work list. */
export async function logIn(page: Page, base: string, account: StaffAccount): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('E-mailadres').fill(account.email);
  await page.getByLabel('Wachtwoord').fill(account.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
}

/** Fills in the login form the page shows, by keyboard only. */
export async function keyboardLogin(page: Page, account: StaffAccount): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Inloggen voor medewerkers' }).waitFor();
  await tabTo(page, 'the e-mail field', `(el) => el?.id === 'login-email'`);
  await page.keyboard.type(account.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(account.password);
  await page.keyboard.press('Enter');
}
