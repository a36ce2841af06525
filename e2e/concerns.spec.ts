import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { demoAccount, freshTotp } from './support/demo.ts';
import { signInAs } from './support/sign-in.ts';

test.describe.configure({ mode: 'serial' });

let reference = '';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('a volunteer reports a concern, and the draft survives a reload', async ({ page }) => {
    await signInAs(page, 'volunteer');
    await page.getByRole('link', { name: 'Report a concern' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Report a concern' })).toBeVisible();
    await expectNoAxeViolations(page, 'report a concern (phone)');

    // Issue 4 §1: if anyone is in immediate danger, "call 999 now" comes first.
    await page.getByRole('radio', { name: 'Yes', exact: true }).check();
    const callNow = page.getByRole('alert').filter({ hasText: 'Call 999 now' });
    await expect(callNow).toBeVisible();
    const alertBox = await callNow.boundingBox();
    const formBox = await page.getByRole('radio', { name: 'Yes', exact: true }).boundingBox();
    expect(alertBox && formBox && alertBox.y < formBox.y).toBe(true);
    await expectNoAxeViolations(page, 'report a concern with 999 first');
    await page.getByRole('radio', { name: 'No', exact: true }).check();

    await page.getByLabel('Find someone in your people register').fill('Ami');
    await page.getByRole('button', { name: 'Add Amira' }).click();
    await page
      .getByLabel('What happened')
      .fill('Amira showed me a message from an adult asking her to keep their chats secret.');
    await page
      .getByLabel('The young person’s own words (optional)')
      .fill('He said not to tell anyone, especially not my mum.');
    await page.getByLabel('Platform, app or channel').fill('Instagram direct messages');
    await page.getByRole('checkbox', { name: 'Grooming' }).check();

    // R-INC-9: the warning about images comes before any way to upload.
    const warning = page.getByRole('note').filter({ hasText: 'Never copy sexual images of children' });
    await expect(warning).toBeVisible();
    const warningBox = await warning.boundingBox();
    const uploadBox = await page.getByText('Screenshots or documents (optional)').boundingBox();
    expect(warningBox && uploadBox && warningBox.y < uploadBox.y).toBe(true);

    // A dropped connection or a reload loses nothing.
    await expect(page.getByText('Draft saved.')).toBeVisible();
    await page.reload();
    await expect(page.getByText('Your unsent report was restored.')).toBeVisible();
    await expect(page.getByLabel('What happened')).toHaveValue(/keep their chats secret/);
    await expect(page.getByRole('checkbox', { name: 'Grooming' })).toBeChecked();
    await expect(page.getByRole('list', { name: 'People involved' })).toContainText('Amira');

    await page.getByRole('button', { name: 'Send report' }).click();
    const done = page.getByRole('heading', { level: 1, name: 'Concern reported' });
    await expect(done).toBeVisible();
    reference = ((await page.getByText(/Your reference is C-\d+/).textContent()) ?? '').replace(
      /.*(C-\d+).*/,
      '$1',
    );
    expect(reference).toMatch(/^C-\d+$/);
    await expectNoAxeViolations(page, 'concern reported');

    await page.getByRole('link', { name: 'See your reports' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your reports' })).toBeVisible();
    await expect(page.getByText(reference)).toBeVisible();
    await expectNoAxeViolations(page, 'your reports (phone)');
  });
});

test('the DSL is alerted, triages, refers to the LADO, informs parents, reviews, closes and exports', async ({
  page,
}) => {
  expect(reference).not.toBe('');
  await signInAs(page, 'dsl');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Concerns', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Concerns' })).toBeVisible();
  await expectNoAxeViolations(page, 'concerns list');
  const row = page.getByRole('row').filter({ hasText: reference });
  await expect(row).toContainText('New');
  await row.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Case ${reference}` })).toBeVisible();
  await expect(page.getByText(/Triage due by/)).toBeVisible();
  await expect(page.getByText('Childline: 0800 1111')).toBeVisible();
  await expectNoAxeViolations(page, 'case page, new');

  const triage = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Triage' }) });
  await triage.getByLabel('Risk level').selectOption('high');
  await triage.getByLabel('Decision').fill('Refer to the LADO and children’s social care');
  await triage
    .getByLabel('Why (rationale)')
    .fill('An adult asking a child to keep secrets is a grooming indicator.');
  await triage.getByRole('button', { name: 'Save triage' }).click();
  await expect(page.getByText('Risk: High')).toBeVisible();

  const record = page
    .locator('form')
    .filter({ has: page.getByRole('heading', { name: 'Record on this case' }) });
  await record.getByLabel('What are you recording?').selectOption('referral');
  await record.getByLabel('Agency', { exact: true }).selectOption('lado');
  await record.getByLabel('The agency’s reference (optional)').fill('LADO-2026-0042');
  await record.getByRole('button', { name: 'Record' }).click();
  await expect(page.getByRole('list', { name: 'Chronology' })).toContainText('LADO-2026-0042');

  await record.getByLabel('What are you recording?').selectOption('parents_informed');
  await record.getByLabel('How').selectOption('phone');
  await record.getByRole('button', { name: 'Record' }).click();
  await expect(page.getByRole('list', { name: 'Chronology' })).toContainText('Parents or carers');

  const nextWeek = new Date(Date.now() + 7 * 86400_000);
  const local = `${nextWeek.toISOString().slice(0, 10)}T10:00`;
  await record.getByLabel('What are you recording?').selectOption('review_scheduled');
  await record.getByLabel('Review date (UK time)').fill(local);
  await record.getByRole('button', { name: 'Record' }).click();
  await expect(page.getByRole('list', { name: 'Chronology' })).toContainText('Review scheduled');

  await record.getByLabel('What are you recording?').selectOption('review');
  await record
    .getByLabel('What the review found')
    .fill('No further contact; Amira is attending sessions and feels safe.');
  await record.getByLabel('The problem is resolved: no further reviews').check();
  await record.getByRole('button', { name: 'Record' }).click();
  await expect(page.getByRole('list', { name: 'Chronology' })).toContainText('feels safe');
  await expectNoAxeViolations(page, 'case page, open');

  const close = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Close the case' }) });
  await close.getByRole('button', { name: 'Close the case' }).click();
  await expect(close.getByRole('alert')).toBeVisible();
  await close.getByLabel('Outcome').fill('Referred; support in place');
  await close.getByLabel('Why it can be closed').fill('LADO advised; review found no further concern.');
  await close.getByRole('button', { name: 'Close the case' }).click();
  await expect(page.getByRole('heading', { name: 'Reopen the case' })).toBeVisible();
  await expectNoAxeViolations(page, 'case page, closed');

  const exportLink = page.getByRole('link', { name: 'Export case file (PDF)' });
  const href = await exportLink.getAttribute('href');
  const pdf = await page.request.get(href ?? '');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-disposition']).toContain(`${reference}-CONFIDENTIAL.pdf`);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await page.reload();
  await expect(page.getByRole('list', { name: 'Chronology' })).toContainText('Case file exported');
});

test('a trustee sees counts and charts only, never a case', async ({ page }) => {
  await signInAs(page, 'trustee');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Concerns', exact: true })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Concern counts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Concern counts' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'By type' })).toBeVisible();
  await expect(page.getByText('All concerns')).toBeVisible();
  await expectNoAxeViolations(page, 'concern counts (trustee)');
  await page.goto('/concerns');
  await expect(page.getByRole('heading', { level: 1, name: 'Not available to your role' })).toBeVisible();
});

test('an allegation against staff reaches only the DSL, who confirms their code again to open it', async ({
  page,
}) => {
  await signInAs(page, 'volunteer');
  await page.getByRole('link', { name: 'Report a concern' }).first().click();
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByLabel('This is about a member of staff or a volunteer (an allegation)').check();
  await page.getByLabel('Who is it about?').selectOption({ label: 'Chloe Evans' });
  await page.getByLabel('Or describe someone not in the register').fill('A young person at Tuesday club');
  await page.getByRole('button', { name: 'Add this person' }).click();
  await page
    .getByLabel('What happened')
    .fill('I was told a member of staff messages a young person late at night.');
  await page.getByLabel('Platform, app or channel').fill('Snapchat');
  await page.getByRole('checkbox', { name: 'Grooming' }).check();
  await expectNoAxeViolations(page, 'report an allegation');
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Concern reported' })).toBeVisible();
  const ref = ((await page.getByText(/Your reference is C-\d+/).textContent()) ?? '').replace(
    /.*(C-\d+).*/,
    '$1',
  );
  await page.context().clearCookies();

  await signInAs(page, 'dsl');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Concerns', exact: true })
    .click();
  await page.getByRole('row').filter({ hasText: ref }).getByRole('link').click();
  await expect(page.getByText('This case is restricted.')).toBeVisible();
  await expectNoAxeViolations(page, 'restricted case: step-up');
  await page
    .getByLabel('Code from your authenticator app')
    .fill(await freshTotp(demoAccount('dsl').totpSecret ?? ''));
  await page.getByRole('button', { name: 'Open the case' }).click();
  await expect(page.getByText('Refer to the LADO')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Chloe Evans' })).toBeVisible();
  await expectNoAxeViolations(page, 'restricted case opened');
});
