export {
  createDatabase,
  type Database,
  type DatabaseEngine,
  type DatabaseOptions,
} from './engine/create-database';
export { migrateToLatest } from './migrate';
export { withClinic, unsafeWithoutClinic } from './scope';
export { toAppError } from './database-errors';
export { APP_ROLE, TENANT_TABLES } from './tenancy';
export type * from './schema';
export * from './queries/accounts';
export * from './queries/auth-sessions';
export * from './queries/clinics';
export * from './queries/departments';
export * from './queries/invitations';
export * from './queries/members';
export * from './queries/clients';
export * from './queries/appointments';
export * from './queries/session-results';
export * from './queries/statistics';
export {
  DEMO_PASSWORD,
  seedDemoData,
  type DemoClinicSummary,
  type DemoCounts,
  type DemoSummary,
  type SeedDemoDataOptions,
} from './demo';
export { refreshPlannerStatistics } from './maintenance';
