export * from './api-key.ts';
export * from './attachment.ts';
export * from './audit.ts';
export * from './common.ts';
export * from './meeting.ts';
export * from './petition.ts';
export * from './reference.ts';
export * from './staff.ts';
