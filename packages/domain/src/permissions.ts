export const ROLES = ['admin', 'doctor', 'staff'] as const;
export type Role = (typeof ROLES)[number];

/** The reach of a grant: nothing, only the member's own rows, doctors and staff only, or everything. */
export type Access = 'none' | 'own' | 'doctorsAndStaff' | 'all';

export const RESOURCES = [
  'clinicSettings',
  'departments',
  'members',
  'invitations',
  'clients',
  'appointments',
  'clinicalResults',
  'paymentResults',
  'statistics',
] as const;
export type Resource = (typeof RESOURCES)[number];

type Grant = { read: Access; write: Access };

/**
 * The permission table, by role and resource. For doctors, `own` means their own appointments, the results of their own
 * appointments, and their own statistics.
 */
export const PERMISSIONS: Record<Role, Record<Resource, Grant>> = {
  admin: {
    clinicSettings: { read: 'all', write: 'all' },
    departments: { read: 'all', write: 'all' },
    members: { read: 'all', write: 'all' },
    invitations: { read: 'all', write: 'all' },
    clients: { read: 'all', write: 'all' },
    appointments: { read: 'all', write: 'all' },
    clinicalResults: { read: 'all', write: 'none' },
    paymentResults: { read: 'all', write: 'all' },
    statistics: { read: 'all', write: 'none' },
  },
  doctor: {
    clinicSettings: { read: 'all', write: 'none' },
    departments: { read: 'all', write: 'none' },
    members: { read: 'doctorsAndStaff', write: 'none' },
    invitations: { read: 'none', write: 'none' },
    clients: { read: 'all', write: 'all' },
    appointments: { read: 'all', write: 'own' },
    clinicalResults: { read: 'all', write: 'own' },
    paymentResults: { read: 'all', write: 'none' },
    statistics: { read: 'own', write: 'none' },
  },
  staff: {
    clinicSettings: { read: 'all', write: 'none' },
    departments: { read: 'all', write: 'none' },
    members: { read: 'doctorsAndStaff', write: 'none' },
    invitations: { read: 'none', write: 'none' },
    clients: { read: 'all', write: 'all' },
    appointments: { read: 'all', write: 'all' },
    clinicalResults: { read: 'all', write: 'none' },
    paymentResults: { read: 'all', write: 'all' },
    statistics: { read: 'all', write: 'none' },
  },
};

export type Action = keyof Grant;

export function accessOf(role: Role, action: Action, resource: Resource): Access {
  return PERMISSIONS[role][resource][action];
}

/** Tells whether a role may act on a row, given whether the row is the member's own. */
export function isAllowed(role: Role, action: Action, resource: Resource, isOwn = false): boolean {
  const access = accessOf(role, action, resource);

  switch (access) {
    case 'all':
    case 'doctorsAndStaff':
      return true;
    case 'own':
      return isOwn;
    case 'none':
      return false;
  }
}
