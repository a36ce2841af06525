import { definePolicy } from '../../platform/auth/policy.ts';

export const auditPolicy = definePolicy({ 'audit.read': ['admin', 'dsl'] });
