import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { DEMO_PASSWORD, demoAccount } from './support/demo.ts';
import { look } from './support/look.ts';
import { navigateTo, signInAs } from './support/sign-in.ts';

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, locale: 'en-GB' };

test('a volunteer resets a forgotten password from the emailed link, changes it, and signs out everywhere', async ({
  page,
  browser,
}) => {
  const volunteer = demoAccount('volunteer');
  const context = await browser.newContext(PHONE);
  const phone = await context.newPage();

  await phone.goto('/sign-in');
  await phone.getByRole('link', { name: 'Forgotten your password?' }).click();
  await phone.getByLabel('Email address').fill(volunteer.email);
  await phone.getByRole('button', { name: 'Send the link' }).click();
  await expect(phone.getByText('If an account exists for that address, we have sent a link.')).toBeVisible();

  // No mail server in the tests: the administrator's outbox holds the link.
  await signInAs(page, 'admin');
  await navigateTo(page, 'Mail outbox');
  const message = page.getByRole('article').filter({ hasText: volunteer.email }).first();
  const link = await message.getByRole('link', { name: /reset-password#token=/ }).getAttribute('href');
  expect(link).toMatch(/\/reset-password#token=/);

  await phone.goto(link ?? '');
  await expect(phone.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await expect.poll(() => phone.url()).not.toContain('token');
  await expectNoAxeViolations(phone, 'reset password (phone)');
  await look(phone, 'phone-reset-password');
  const newPassword = 'river stones and quiet ferns';
  await phone.getByLabel('New password').fill(newPassword);
  await phone.getByRole('button', { name: 'Change password' }).click();
  await expect(phone.getByRole('heading', { level: 1, name: 'Password changed' })).toBeVisible();
  await expectNoAxeViolations(phone, 'password changed (phone)');

  // The link works once.
  await phone.goto('/sign-in');
  await phone.goto(link ?? '');
  await phone.getByLabel('New password').fill('another long password here');
  await phone.getByRole('button', { name: 'Change password' }).click();
  await expect(phone.getByRole('alert')).toBeVisible();
  await expect(phone.getByLabel('New password')).toHaveValue('another long password here');

  await phone.goto('/sign-in');
  await phone.getByLabel('Email address').fill(volunteer.email);
  await phone.getByRole('textbox', { name: 'Password', exact: true }).fill(newPassword);
  await phone.getByRole('button', { name: 'Sign in' }).click();
  await expect(phone.getByRole('heading', { level: 1, name: `Welcome, ${volunteer.name}` })).toBeVisible();

  // Volunteers find young people by name, without contact details.
  await navigateTo(phone, 'People');
  await expect(
    phone.getByRole('list', { name: 'People' }).getByRole('link', { name: 'Amira' }),
  ).toBeVisible();
  await expect(phone.getByText('Email:')).toHaveCount(0);

  await navigateTo(phone, 'Your account');
  // Other specs sign in as the volunteer too: the change puts the demo password back.
  await phone.getByLabel('Current password').fill('not my password at all');
  await phone.getByLabel('New password').fill(DEMO_PASSWORD);
  await phone.getByRole('button', { name: 'Change password' }).click();
  await expect(phone.getByText('This is not your current password.')).toBeVisible();
  await expect(phone.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');
  await expect(phone.getByLabel('New password')).toHaveValue(DEMO_PASSWORD);
  await expectNoAxeViolations(phone, 'change password error (phone)');
  await phone.getByLabel('Current password').fill(newPassword);
  await phone.getByRole('button', { name: 'Change password' }).click();
  await expect(phone.getByText('Use your new password next time you sign in.')).toBeVisible();
  await expectNoAxeViolations(phone, 'password changed on account page (phone)');

  await phone.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(phone.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(phone.getByText(/signed out on every device/)).toBeVisible();
  await expectNoAxeViolations(phone, 'signed out everywhere (phone)');
  await phone.goto('/people');
  await expect(phone).toHaveURL(/\/sign-in$/);
  await context.close();
});
