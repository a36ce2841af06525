/** Help text for any new-password field, matching the server's rules. */
export const PASSWORD_RULES =
  'At least 12 characters; any characters, spaces included. Avoid common passwords, your email name and your organisation’s name. A few random words make a strong password.';
