import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { look } from './support/look.ts';
import { navigateTo, signInAs } from './support/sign-in.ts';

const WIDTHS = [
  { name: 'phone', viewport: { width: 375, height: 812 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;

/** Visits a page by address, waits for its h1 and runs axe on it. */
async function visit(page: Page, path: string, heading: string | RegExp, label: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
  await expectNoAxeViolations(page, label);
  await look(page, label);
}

test('every page of the administrator’s app passes axe at phone and desktop widths', async ({ page }) => {
  await signInAs(page, 'admin');
  for (const { name, viewport } of WIDTHS) {
    await page.setViewportSize(viewport);
    await visit(page, '/', 'Welcome, Priya Shah', `${name}-home`);
    await visit(page, '/people', 'People', `${name}-people`);
    await visit(page, '/people?kind=school&archived=yes', 'People', `${name}-people-filtered`);
    await visit(page, '/people/new', 'Add a person', `${name}-add-person`);
    await visit(page, '/people/import', 'Import people', `${name}-import-people`);
    await page.goto('/people');
    await page.getByRole('link', { name: 'Helen Marsh' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Helen Marsh' })).toBeVisible();
    await expectNoAxeViolations(page, `${name}-person`);
    await look(page, `${name}-person`);
    await visit(page, '/users', 'Users', `${name}-users`);
    await visit(page, '/users/invite', 'Invite a user', `${name}-invite`);
    await visit(page, '/users/import', 'Import users', `${name}-import-users`);
    await page.goto('/users');
    await page.getByRole('link', { name: 'Chloe Evans' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Chloe Evans' })).toBeVisible();
    await expectNoAxeViolations(page, `${name}-member`);
    await look(page, `${name}-member`);
    await visit(page, '/audit', 'Audit log', `${name}-audit`);
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await expect(page.getByText('The chain is intact')).toBeVisible();
    await expectNoAxeViolations(page, `${name}-audit-verified`);
    await visit(page, '/mail', 'Mail outbox', `${name}-mail`);
    await visit(page, '/organisation', 'Organisation settings', `${name}-organisation`);
    await visit(page, '/account', 'Your account', `${name}-account`);
    await visit(page, '/no-such-page', 'Page not found', `${name}-not-found`);
    await visit(page, '/two-factor/recovery-codes', 'Your recovery codes', `${name}-recovery-codes-gone`);
  }
});

test.describe('at phone width', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('a coordinator imports people from a CSV: preview first, then a report of rejected rows', async ({
    page,
  }) => {
    await signInAs(page, 'online_safety_coordinator');
    await navigateTo(page, 'People');
    await page.getByRole('link', { name: 'Import from CSV' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import people' })).toBeVisible();
    const csv = [
      'kind,name,email,phone,role_title,school',
      'young_person,Ruby,,,,Oakfield Primary School',
      'young_person,Ruby Jones,,,,',
      'teacher,Ian Price,i.price@hartley.example,,Head of PE,Hartley Academy',
      'alien,Zork,,,,',
    ].join('\n');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(page.getByRole('heading', { name: 'Check before importing' })).toBeVisible();
    await expect(page.getByText('2 rows are ready to add.')).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Rows that cannot be imported' }).getByRole('listitem'),
    ).toHaveCount(2);
    await expectNoAxeViolations(page, 'import preview (phone)');
    await look(page, 'phone-import-preview');
    await page.getByRole('button', { name: 'Import 2 people' }).click();
    await expect(page.getByText('Added 2 people.')).toBeVisible();
    await expectNoAxeViolations(page, 'import result (phone)');

    await page.goto('/people?q=Ruby');
    await expect(
      page.getByRole('list', { name: 'People' }).getByRole('link', { name: 'Ruby' }),
    ).toBeVisible();
  });

  test('a member of staff sees only what their role allows, and may set up two-factor', async ({ page }) => {
    await signInAs(page, 'staff');
    await page.getByRole('button', { name: 'Open menu' }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'People', exact: true })).toBeVisible();
    for (const hidden of ['Users', 'Audit log', 'Mail outbox', 'Organisation settings']) {
      await expect(nav.getByRole('link', { name: hidden })).toHaveCount(0);
    }
    await nav.getByRole('link', { name: 'People', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Add a person' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Import from CSV' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Download everyone/ })).toHaveCount(0);

    // A page their role does not include says so, rather than failing.
    await visit(page, '/audit', 'Not available to your role', 'phone-not-allowed');

    await visit(page, '/account', 'Your account', 'phone-staff-account');
    await page.getByRole('link', { name: 'Set up two-factor authentication' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Set up two-factor authentication' }),
    ).toBeVisible();
    await expect(page.getByTestId('totp-secret')).toBeVisible();
    await expectNoAxeViolations(page, 'voluntary two-factor enrolment (phone)');
    await look(page, 'phone-enrol');
    // A wrong code is explained on the field.
    await page.getByRole('textbox', { name: '6-digit code' }).fill('000000');
    await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    await expect(page.getByRole('textbox', { name: '6-digit code' })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, 'two-factor enrolment wrong code (phone)');
  });
});
