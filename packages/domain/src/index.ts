import './zod-messages';

export * from './errors';
export * from './permissions';
export * from './statistics';
export * from './schemas/common';
export * from './schemas/clinic';
export * from './schemas/department';
export * from './schemas/member';
export * from './schemas/auth';
export * from './schemas/client';
export * from './schemas/appointment';
export * from './schemas/session-result';
export * from './schemas/statistics';
export * from './clients';
