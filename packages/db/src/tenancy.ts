/** The database role that request code runs as; row-level security applies to it. */
export const APP_ROLE = 'medsys_app';

/** Tables whose rows belong to one clinic and are guarded by row-level security. */
export const TENANT_TABLES = [
  'clinics',
  'departments',
  'members',
  'invitations',
  'clients',
  'appointments',
  'session_results',
] as const;
