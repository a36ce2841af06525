import { definePolicy } from '../../platform/auth/policy.ts';

// The outbox holds sign-in links for other people, so only administrators read it.
export const mailPolicy = definePolicy({ 'mail.read': ['admin'] });
