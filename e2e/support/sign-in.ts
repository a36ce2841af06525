import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { DEMO_PASSWORD, demoAccount, freshTotp } from './demo.ts';

/** Signs a demo account in through the real pages, checking each with axe on the way. */
export async function signInAs(
  page: Page,
  role: Parameters<typeof demoAccount>[0],
  opts: { axe?: boolean } = {},
) {
  const account = demoAccount(role);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  if (opts.axe) await expectNoAxeViolations(page, 'sign-in');
  await page.getByLabel('Email address').fill(account.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (account.totpSecret) {
    await expect(page).toHaveURL(/\/two-factor$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Enter your code' })).toBeVisible();
    if (opts.axe) await expectNoAxeViolations(page, 'two-factor challenge');
    await page.getByRole('textbox', { name: 'Code', exact: true }).fill(await freshTotp(account.totpSecret));
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${account.name}` })).toBeVisible();
  return account;
}

/** Follows a link in the main navigation, opening the burger menu first on phones. */
export async function navigateTo(page: Page, label: string) {
  const burger = page.getByRole('button', { name: 'Open menu' });
  if (await burger.isVisible()) await burger.click();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: label, exact: true })
    .click();
}
