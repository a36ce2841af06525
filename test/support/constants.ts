export const TEST_APP_PASSWORD = 'test-app-role-password-not-secret';
export const TEMPLATE_DB = 'haven_template';
export const TEST_PASSWORD = 'a-long-test-passphrase-2026';
