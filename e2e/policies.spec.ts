import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { look } from './support/look.ts';
import { navigateTo, signInAs } from './support/sign-in.ts';

const SOURCE = join(import.meta.dirname, '..', 'policy-packs', 'sources', 'living-well-consortium.txt');

test('the coordinator imports a policy, the DSL adopts it, staff confirm reading it and the coordinator sees it', async ({
  browser,
}) => {
  // The coordinator uploads the policy and reviews the proposal, sentence by sentence.
  const coordinator = await (await browser.newContext()).newPage();
  await signInAs(coordinator, 'online_safety_coordinator');
  await navigateTo(coordinator, 'Online safety policy');
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Online safety policy' })).toBeVisible();
  await expectNoAxeViolations(coordinator, 'policy page (coordinator)');
  await coordinator.getByRole('link', { name: 'Versions and drafts' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Policy versions' })).toBeVisible();
  await expectNoAxeViolations(coordinator, 'policy versions');
  await coordinator.getByRole('link', { name: 'Import a policy' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Import a policy' })).toBeVisible();
  await expectNoAxeViolations(coordinator, 'import a policy');

  // A file that is not a policy gets a clear message.
  await coordinator.locator('input[type="file"]').setInputFiles({
    name: 'shopping.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Shopping list\n\n- eggs\n- milk\n'),
  });
  await coordinator.getByRole('button', { name: 'Read the policy' }).click();
  await expect(coordinator.getByText(/does not look like an online safety policy/)).toBeVisible();
  await expectNoAxeViolations(coordinator, 'import error');

  await coordinator.locator('input[type="file"]').setInputFiles({
    name: 'living-well-consortium.txt',
    mimeType: 'text/plain',
    buffer: readFileSync(SOURCE),
  });
  await coordinator.getByRole('button', { name: 'Read the policy' }).click();
  await expect(coordinator.getByLabel('Organisation name')).toHaveValue('Living Well Consortium');
  await expect(coordinator.getByLabel('Online safety coordinator: name')).toHaveValue('Patrick Kwesiga');
  // Each recognised rule is an editable field beside its source sentence.
  await expect(coordinator.getByRole('checkbox', { name: 'Images need written permission' })).toBeChecked();
  await expect(
    coordinator.getByText('used only after their written permission has been obtained').first(),
  ).toBeVisible();
  await expectNoAxeViolations(coordinator, 'import review');
  await look(coordinator, 'policy-import-review');
  await coordinator.getByLabel('Organisation name').fill('Riverside Youth Project');
  await coordinator
    .getByLabel('Summary of changes, for the revision history')
    .fill('Imported from our Word policy');
  await coordinator.getByRole('button', { name: 'Save as draft' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Policy versions' })).toBeVisible();
  await expect(coordinator.getByText('Imported from our Word policy').first()).toBeVisible();
  // The coordinator cannot adopt: that needs the DSL or an admin.
  await expect(coordinator.getByRole('button', { name: /^Adopt version/ })).toHaveCount(0);

  // The DSL adopts it.
  const dsl = await (await browser.newContext()).newPage();
  await signInAs(dsl, 'dsl');
  await dsl.goto('/policy/versions');
  await expect(dsl.getByRole('heading', { level: 1, name: 'Policy versions' })).toBeVisible();
  await dsl.getByRole('button', { name: 'Adopt version 2' }).click();
  await expect(dsl.getByText('Version 2 is now adopted.')).toBeVisible();
  await expectNoAxeViolations(dsl, 'policy versions after adopting');

  // A staff member reads and confirms it; the PDF and Word downloads open.
  const staff = await (await browser.newContext()).newPage();
  await signInAs(staff, 'staff');
  await navigateTo(staff, 'Online safety policy');
  await expect(staff.getByText(/Online Policy Statement, version 2, adopted/)).toBeVisible();
  await expect(staff.getByRole('heading', { level: 2, name: 'Revision history' })).toBeVisible();
  await expect(staff.getByRole('cell', { name: 'Imported from our Word policy' })).toBeVisible();
  await expectNoAxeViolations(staff, 'policy page (staff)');
  await look(staff, 'policy-page');
  const pdfHref = await staff.getByRole('link', { name: 'Download as PDF' }).getAttribute('href');
  const pdf = await staff.request.get(pdfHref ?? '');
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  const wordHref = await staff.getByRole('link', { name: 'Download as Word' }).getAttribute('href');
  const word = await staff.request.get(wordHref ?? '');
  expect(word.headers()['content-type']).toMatch(/wordprocessingml/);
  expect((await word.body()).subarray(0, 2).toString()).toBe('PK');
  await staff.getByRole('button', { name: 'I have read the online safety policy' }).click();
  await expect(
    staff.getByText('You have confirmed you read the online safety policy (version 2).'),
  ).toBeVisible();
  await staff.getByRole('button', { name: 'I have read the staff acceptable use policy' }).click();
  await expect(staff.getByText(/You have confirmed you read the staff acceptable use policy/)).toBeVisible();
  await expectNoAxeViolations(staff, 'policy page after confirming');

  // The coordinator sees the confirmation, and reminds everyone else.
  await coordinator.goto('/policy/confirmations');
  await expect(
    coordinator.getByRole('heading', { level: 1, name: 'Who has confirmed the policy' }),
  ).toBeVisible();
  const chloe = coordinator.getByRole('row', { name: /Chloe Evans/ });
  await expect(chloe).toContainText('Confirmed');
  await expect(coordinator.getByRole('row', { name: /Jamal Reid/ })).toContainText('Not confirmed');
  await expectNoAxeViolations(coordinator, 'confirmations');
  await coordinator
    .getByRole('button', { name: 'Send a reminder to everyone who has not confirmed' })
    .click();
  await expect(coordinator.getByText(/Reminder sent to \d+ people/)).toBeVisible();
});

test('the policy page works on a 375px phone', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  await signInAs(page, 'volunteer');
  await navigateTo(page, 'Online safety policy');
  await expect(page.getByRole('heading', { level: 1, name: 'Online safety policy' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Helplines and reporting' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  expect(overflow).toBe(false);
  await expectNoAxeViolations(page, 'policy page at 375px');
  await look(page, 'policy-375');
});

test('the coordinator edits a rule, explained in plain words, and saves a new draft; a missing summary is shown inline', async ({
  browser,
}) => {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, 'online_safety_coordinator');
  await page.goto('/policy/versions');
  await page.getByRole('link', { name: 'Edit as a new draft from version 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit the policy' })).toBeVisible();
  await expectNoAxeViolations(page, 'edit the policy');
  await page.getByLabel('Minutes before students that the teacher signs in').fill('10');
  await page.getByLabel('Staff who hold access to each social media account').fill('3');
  await page.getByLabel('How often passwords are changed').selectOption('P3M');
  await page.getByRole('checkbox', { name: 'WhatsApp' }).check();
  // Training topics, one per line, and the days staff may contact young people.
  await page
    .getByLabel('What training covers (one per line)')
    .fill('Spotting grooming online\nReporting a concern\nSafe use of video calls');
  const hours = page.getByRole('checkbox', { name: 'Contact young people only within set hours (UK time)' });
  if (!(await hours.isChecked())) await hours.check();
  const days = page.getByRole('group', { name: /Days staff may contact young people/ });
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
    await days.getByRole('checkbox', { name: day }).uncheck();
  }
  await expect(page.getByText('Choose at least one day.')).toBeVisible();
  await expectNoAxeViolations(page, 'edit the policy with no office-hours days');
  await days.getByRole('checkbox', { name: 'Tuesday' }).check();
  await days.getByRole('checkbox', { name: 'Saturday' }).check();
  await expect(page.getByText('Choose at least one day.')).toHaveCount(0);
  await look(page, 'policy-edit');
  await page.getByRole('button', { name: 'Save as a new draft' }).click();
  await expect(page.getByText('Say briefly what changed, for the revision history.')).toBeVisible();
  // Nothing typed is lost.
  await expect(page.getByLabel('Minutes before students that the teacher signs in')).toHaveValue('10');
  await expectNoAxeViolations(page, 'edit the policy with an error');
  await page
    .getByLabel('Summary of changes, for the revision history')
    .fill('Teachers join ten minutes early');
  await page.getByRole('button', { name: 'Save as a new draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Policy versions' })).toBeVisible();
  await expect(page.getByText('Teachers join ten minutes early')).toBeVisible();

  // The new draft keeps the topics and the days.
  await page
    .getByRole('row', { name: /Teachers join ten minutes early/ })
    .getByRole('link', { name: /Edit as a new draft/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit the policy' })).toBeVisible();
  await expect(page.getByLabel('What training covers (one per line)')).toHaveValue(
    'Spotting grooming online\nReporting a concern\nSafe use of video calls',
  );
  const savedDays = page.getByRole('group', { name: /Days staff may contact young people/ });
  await expect(savedDays.getByRole('checkbox', { name: 'Tuesday' })).toBeChecked();
  await expect(savedDays.getByRole('checkbox', { name: 'Saturday' })).toBeChecked();
  await expect(savedDays.getByRole('checkbox', { name: 'Monday' })).not.toBeChecked();
  await expect(page.getByLabel('Minutes before students that the teacher signs in')).toHaveValue('10');
  await expectNoAxeViolations(page, 'edit the new draft');
});

test('a new line typed at the end of a one-per-line field is kept', async ({ page }) => {
  await signInAs(page, 'online_safety_coordinator');
  await page.goto('/policy/versions');
  await page
    .getByRole('link', { name: /^Edit as a new draft from version/ })
    .first()
    .click();
  const related = page.getByLabel('Related policies (one per line)');
  await related.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Whistleblowing policy');
  await expect(related).toHaveValue(/\nWhistleblowing policy$/);
});
