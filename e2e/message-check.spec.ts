import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { signInAs } from './support/sign-in.ts';

// Solutions Not Sides: staff copy another staff member into every email to a young person, do not
// email young people out of hours, and sign off without emojis or kisses.
test('a staff member checks a draft email that breaks three rules, fixes it and gets a clean result', async ({
  page,
}) => {
  await signInAs(page, 'staff');
  await page.getByRole('link', { name: 'Check a message' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check a message' })).toBeVisible();
  await expectNoAxeViolations(page, 'check a message');

  await page.getByLabel('How will you send it?').selectOption('email');
  await page.getByLabel('Who is it to?').selectOption('young_person');
  await page.getByLabel('When will you send it?').fill('2026-11-24T21:30');
  await page.getByLabel('Your message').fill('Hi Amira, brilliant work tonight 😊 see you next week xx');
  await page.getByRole('button', { name: 'Check message' }).click();

  await expect(page.getByText(/\d+ things to change before sending/)).toBeVisible();
  const items = page.getByRole('listitem');
  await expect(items.filter({ hasText: 'Copy in a colleague' })).toBeVisible();
  await expect(items.filter({ hasText: 'Outside office hours' })).toBeVisible();
  await expect(items.filter({ hasText: 'Emoji or kiss' }).first()).toBeVisible();
  await expect(page.locator('mark.finding-mark').first()).toBeVisible();
  await expectNoAxeViolations(page, 'message check with findings');

  await page.getByLabel('A colleague is copied in').check();
  await page.getByLabel('When will you send it?').fill('2026-11-25T14:00');
  await page
    .getByLabel('Your message')
    .fill('Hi Amira, brilliant work tonight. See you next week. Best wishes, Chloe');
  await page.getByRole('button', { name: 'Check message' }).click();
  await expect(page.getByText('No problems found')).toBeVisible();
  await expectNoAxeViolations(page, 'message check, clean');
});

test('a DSL scans a chat, records a harmless pattern, and can report it again', async ({ page }) => {
  await signInAs(page, 'dsl');
  await page.getByRole('link', { name: 'Scan text' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scan text' })).toBeVisible();
  await page
    .getByLabel('Text to scan')
    .fill('ring the office on 020 7946 0999 and dont tell your mum about our chats');
  await page.getByRole('button', { name: 'Scan', exact: true }).click();
  await expect(page.getByText('Grooming pattern')).toBeVisible();
  await expect(page.getByText('Phone number')).toBeVisible();
  await expectNoAxeViolations(page, 'scan text with findings');
  await page.getByRole('button', { name: /Treat “020 7946 0999” as harmless/ }).click();
  await page
    .getByLabel('Why is this harmless for your organisation?')
    .fill('Our office landline, published on our website.');
  await page.getByRole('button', { name: 'Record as harmless' }).click();
  await expect(
    page.getByRole('cell', { name: 'Our office landline, published on our website.' }),
  ).toBeVisible();
  await expect(page.getByText('Phone number')).toHaveCount(0);
  await expectNoAxeViolations(page, 'scan text after suppression');
  await page.getByRole('button', { name: 'Report it again' }).click();
  await expect(page.getByText(/^Lifted /)).toBeVisible();
});

test('a risk finding becomes a concern in one step, with the excerpt and its context on the form', async ({
  page,
}) => {
  await signInAs(page, 'staff');
  await page.getByRole('link', { name: 'Scan text' }).first().click();
  await page
    .getByLabel('Text to scan')
    .fill(
      'Chat log from Tuesday. He wrote: you are so mature for your age, dont tell your mum about our chats ok',
    );
  await page.getByRole('button', { name: 'Scan', exact: true }).click();
  await expect(page.getByText('Grooming pattern').first()).toBeVisible();
  await page.getByRole('button', { name: 'Raise a concern' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /concern/i })).toBeVisible();
  // The prefill travels in router state: nothing of the text is in the address.
  expect(page.url()).not.toMatch(/mum|mature/);
  await expect(page.getByLabel('What happened')).toHaveValue(
    /Haven's scanner found a grooming pattern signal/,
  );
  await expect(page.getByLabel('What happened')).toHaveValue(/dont tell your mum about our chats/);
  await expectNoAxeViolations(page, 'report a concern from a finding');
});

// A signal no phrase rule lists is still raised by the wording model, which says it is not a
// rule and names the words that weighed, so the reader can judge it.
test('a message no rule catches is raised by the wording model, with its reason', async ({ page }) => {
  await signInAs(page, 'staff');
  await page.getByRole('link', { name: 'Scan text' }).first().click();
  await page.getByLabel('Text to scan').fill('i just want to sleep and never wake up');
  await page.getByRole('button', { name: 'Scan', exact: true }).click();
  await expect(page.getByText('Self-harm or suicide').first()).toBeVisible();
  await expect(
    page.getByText(/Worded like the examples of self-harm or suicide Haven learnt from/),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'scan text with a wording-model finding');
});
