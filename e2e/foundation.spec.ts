import { expect, test } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { expectNoAxeViolations } from './support/axe.ts';
import { look } from './support/look.ts';
import { navigateTo, signInAs } from './support/sign-in.ts';

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 800 };

test.describe('at phone width', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test('the DSL signs in with two-factor authentication and adds a young person', async ({ page }) => {
    await signInAs(page, 'dsl', { axe: true });
    await expect(page).toHaveTitle(/· Haven$/);
    await expectNoAxeViolations(page, 'home (phone)');

    // The navigation sits behind a burger; opened, it is checked too.
    await page.getByRole('button', { name: 'Open menu' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expectNoAxeViolations(page, 'navigation menu open (phone)');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'People', exact: true })
      .click();

    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await expect(page).toHaveTitle('People · Haven');
    await expect(
      page.getByRole('list', { name: 'People' }).getByRole('link', { name: 'Amira' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'people (phone)');

    await page.getByRole('link', { name: 'Add a person' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add a person' })).toBeVisible();
    await expect(page.getByLabel('Kind of person')).toHaveValue('young_person');
    await expect(page.getByText('Your organisation records young people by first name only.')).toBeVisible();
    await expectNoAxeViolations(page, 'add a person (phone)');

    // A full name breaks the organisation's rule: the server's message sits on the name field and
    // everything typed stays.
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Jamie Smith');
    await page.getByLabel('School').selectOption({ label: 'Oakfield Primary School' });
    await page.getByLabel('Notes (optional)').fill('Joined the Saturday coding club.');
    await page.getByRole('button', { name: 'Add person' }).click();
    const nameField = page.getByRole('textbox', { name: 'Name', exact: true });
    await expect(nameField).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/Enter just the first name/)).toBeVisible();
    await expect(page.getByLabel('Notes (optional)')).toHaveValue('Joined the Saturday coding club.');
    await expect(page.getByLabel('School')).toHaveValue(/.+/);
    await expectNoAxeViolations(page, 'add a person with an error (phone)');
    await look(page, 'phone-add-person-error');

    await nameField.fill('Jamie');
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Jamie' })).toBeVisible();
    await expect(page.getByText('Jamie has been added.')).toBeVisible();
    await expect(page.getByText(/School: Oakfield Primary School/)).toBeVisible();
    await expectNoAxeViolations(page, 'person (phone)');

    await navigateTo(page, 'People');
    await page.getByLabel('Search').fill('Jamie');
    await expect(
      page.getByRole('list', { name: 'People' }).getByRole('link', { name: 'Jamie' }),
    ).toBeVisible();
    await expect(page.getByText('1 person matching “Jamie”')).toBeVisible();

    await navigateTo(page, 'Your account');
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    await expectNoAxeViolations(page, 'account (phone)');

    // The DSL reads the audit log but not the outbox, and the navigation says so.
    await page.getByRole('button', { name: 'Open menu' }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Audit log' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Mail outbox' })).toHaveCount(0);
    await nav.getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Audit log entries' }).getByText('person.added').first(),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'audit log (phone)');
  });
});

test.describe('at desktop width', () => {
  test.use({ viewport: DESKTOP });

  test('an invited coordinator sets a password, is made to enrol in two-factor, and saves recovery codes', async ({
    page,
    browser,
  }) => {
    const email = `new.coordinator.${Date.now()}@riverside.example`;
    await signInAs(page, 'admin');

    await navigateTo(page, 'Users');
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await expectNoAxeViolations(page, 'users');
    await page.getByRole('link', { name: 'Invite a user' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Invite a user' })).toBeVisible();
    await expectNoAxeViolations(page, 'invite a user');

    // Submitting with nothing filled in shows each problem on its field.
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByText('Enter their name.')).toBeVisible();
    await expect(page.getByText('Choose at least one role.')).toBeVisible();
    await expectNoAxeViolations(page, 'invite a user with errors');

    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Robin Ellis');
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('checkbox', { name: 'Online safety coordinator' }).check();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByText(`We have sent an invitation to Robin Ellis at ${email}.`)).toBeVisible();

    await navigateTo(page, 'Mail outbox');
    await expect(page.getByRole('heading', { level: 1, name: 'Mail outbox' })).toBeVisible();
    await expect(page.getByText('No mail server is configured, so Haven keeps mail here.')).toBeVisible();
    await expectNoAxeViolations(page, 'mail outbox');
    const message = page.getByRole('article').filter({ hasText: email });
    await expect(message).toHaveCount(1);
    const link = await message.getByRole('link', { name: /accept-invitation#token=/ }).getAttribute('href');
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/accept-invitation#token=/);

    // The invitee, on their own device.
    const invitee = await browser.newContext({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      locale: 'en-GB',
    });
    const p = await invitee.newPage();
    await p.goto(link ?? '');
    await expect(p.getByRole('heading', { level: 1, name: 'Accept your invitation' })).toBeVisible();
    await expect(p.getByText('Riverside Youth Project')).toBeVisible();
    // The token leaves the address bar (and history) as soon as it has been read.
    await expect.poll(() => p.url()).not.toContain('token');
    await expectNoAxeViolations(p, 'accept invitation (phone)');
    await look(p, 'phone-accept-invitation');

    // A password that breaks the rules is explained on the field; the name typed stays.
    await p.getByLabel('Your name').fill('Robin Ellis-Ward');
    await p.getByLabel('Choose a password').fill('short');
    await p.getByRole('button', { name: 'Create my account' }).click();
    await expect(p.getByText('Use at least 12 characters.')).toBeVisible();
    await p.getByLabel('Choose a password').fill('kettle orchard lantern 48');
    await p.getByRole('button', { name: 'Create my account' }).click();

    await expect(
      p.getByRole('heading', { level: 1, name: 'Set up two-factor authentication' }),
    ).toBeVisible();
    await expect(p).toHaveURL(/\/two-factor\/enrol$/);
    await expect(p.getByRole('img', { name: /QR code/ })).toBeVisible();
    await expectNoAxeViolations(p, 'two-factor enrolment (phone)');
    await look(p, 'phone-enrol-required');

    // Nothing else is reachable until enrolment is done.
    await p.goto('/people');
    await expect(p).toHaveURL(/\/two-factor\/enrol$/);

    const secret = ((await p.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate();
    await p.getByLabel('6-digit code').fill(code);
    await p.getByRole('button', { name: 'Turn on two-factor authentication' }).click();

    await expect(p.getByRole('heading', { level: 1, name: 'Save your recovery codes' })).toBeVisible();
    await expect(p.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')).toHaveCount(10);
    await expectNoAxeViolations(p, 'recovery codes (phone)');
    await look(p, 'phone-recovery-codes');
    await p.getByRole('button', { name: 'Continue to Haven' }).click();
    await expect(p.getByText('Tick the box to confirm you have saved your recovery codes.')).toBeVisible();
    await p.getByLabel('I have saved these recovery codes somewhere safe').check();
    await p.getByRole('button', { name: 'Continue to Haven' }).click();
    await expect(p.getByRole('heading', { level: 1, name: 'Welcome, Robin Ellis-Ward' })).toBeVisible();
    await expect(p.getByText(/as Online safety coordinator/)).toBeVisible();
    await invitee.close();

    // Back with the administrator: the new member shows with two-factor on.
    await navigateTo(page, 'Users');
    const row = page.getByRole('table', { name: 'Users' }).getByRole('row').filter({ hasText: email });
    await expect(row).toContainText('Robin Ellis-Ward');
    await expect(row).toContainText('On');
  });

  test('sign-in problems are explained on the page, and typed details are kept', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const email = page.getByLabel('Email address');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Enter your email address, such as name@example.org.')).toBeVisible();
    await expect(page.getByText('Enter your password.')).toBeVisible();
    // Each message is tied to its field for screen readers.
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    expect(describedBy).not.toBe('');
    await expectNoAxeViolations(page, 'sign-in with empty fields');

    await email.fill('dsl@riverside.example');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('not the right password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'do not match an account' });
    await expect(alert).toBeVisible();
    await expect(email).toHaveValue('dsl@riverside.example');
    await expectNoAxeViolations(page, 'sign-in with wrong details');
    await look(page, 'desktop-sign-in-error');

    // Repeated failures for one address are slowed down, and the page says for how long.
    const unknown = 'nobody.here@riverside.example';
    await email.fill(unknown);
    for (let i = 0; i < 6; i++) {
      await page.getByRole('textbox', { name: 'Password', exact: true }).fill(`wrong password ${i}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
      await expect(page.getByRole('alert')).toBeVisible();
    }
    await expect(page.getByRole('alert')).toContainText(
      /Too many attempts\. Try again in \d+ (seconds|minutes?)/,
    );
    await expect(email).toHaveValue(unknown);

    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
    await expectNoAxeViolations(page, 'forgotten password');
    await page.getByLabel('Email address').fill('dsl@riverside.example');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expect(page.getByText('If an account exists for that address, we have sent a link.')).toBeVisible();
    await expectNoAxeViolations(page, 'forgotten password sent');

    // A reset link opened without its token says so rather than failing later.
    await page.goto('/reset-password');
    await expect(page.getByText('This link is incomplete')).toBeVisible();
    await expectNoAxeViolations(page, 'reset password without token');
  });
});
