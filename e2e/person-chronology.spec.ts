import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { navigateTo, signInAs } from './support/sign-in.ts';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the DSL filters cases by a person and reads their chronology across cases', async ({ page }) => {
    await signInAs(page, 'dsl');
    await navigateTo(page, 'Concerns');
    await expect(page.getByRole('heading', { level: 1, name: 'Concerns' })).toBeVisible();

    await page.getByLabel('Person').selectOption({ label: 'Maisie' });
    await expect(page).toHaveURL(/\/concerns$/);
    const caseLink = page.getByRole('link', { name: /^C-\d+/ }).first();
    await expect(caseLink).toBeVisible();
    await expect(page.getByRole('link', { name: /^C-\d+/ })).toHaveCount(1);
    const reference = ((await caseLink.textContent()) ?? '').replace(/^(C-\d+).*/, '$1');

    await caseLink.click();
    await expect(page.getByRole('heading', { level: 1, name: `Case ${reference}` })).toBeVisible();
    await page.getByRole('link', { name: 'Concerns chronology for Maisie' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Concerns chronology: Maisie' })).toBeVisible();
    await expect(page.getByText('Reported', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: reference }).first()).toBeVisible();
    await expect(page.getByText(/\d{2}\/\d{2}\/\d{4} at \d{2}:\d{2}/).first()).toBeVisible();
    await expectNoAxeViolations(page, 'person chronology (phone)');

    // The person's own page links to the same chronology.
    await page.getByRole('link', { name: 'Back to the person' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Maisie' })).toBeVisible();
    await page.getByRole('link', { name: 'Concerns chronology' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Concerns chronology: Maisie' })).toBeVisible();
  });
});
