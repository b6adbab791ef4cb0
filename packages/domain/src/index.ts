export * from './errors';
export * from './permissions';
export * from './statistics';
export * from './schemas/common';
export * from './schemas/clinic';
export * from './schemas/department';
export * from './schemas/member';
export * from './schemas/auth';
