import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** A `date` column: a calendar date as 'YYYY-MM-DD', never a timestamp. */
type CalendarDate = string;

/** A `timestamptz` column, read back as an ISO 8601 string in UTC. */
type Instant = ColumnType<string, string | undefined, string>;
type CreatedAt = ColumnType<string, never, never>;
type UpdatedAt = ColumnType<string, never, string>;

export type Role = 'admin' | 'doctor' | 'staff';
export type Sex = 'male' | 'female' | 'other' | 'unknown';
export type AppointmentStatus = 'scheduled' | 'arrived' | 'completed' | 'cancelled' | 'no_show';
export type PaymentStatus = 'unpaid' | 'partial' | 'paid' | 'waived';

export interface ClinicTable {
  id: Generated<string>;
  name: string;
  timeZone: string;
  currency: string;
  nextRecordNumber: ColumnType<number, never, number>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface DepartmentTable {
  clinicId: string;
  id: Generated<string>;
  name: string;
  city: string;
  address: string | null;
  phone: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface MemberTable {
  clinicId: string;
  id: Generated<string>;
  role: Role;
  fullName: string;
  email: string;
  phone: string | null;
  specialty: string | null;
  departmentId: string | null;
  archivedAt: Instant | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface AccountTable {
  id: string;
  clinicId: string;
  emailNormalized: string;
  passwordHash: string;
  createdAt: CreatedAt;
}

export interface AuthSessionTable {
  id: string;
  accountId: string;
  clinicId: string;
  expiresAt: ColumnType<string, string, string>;
  userAgent: string | null;
  createdAt: CreatedAt;
}

export interface InvitationTable {
  clinicId: string;
  id: Generated<string>;
  email: string;
  role: Role;
  codeHash: string;
  invitedBy: string;
  expiresAt: string;
  acceptedAt: Instant | null;
  acceptedMemberId: string | null;
  revokedAt: Instant | null;
  createdAt: CreatedAt;
}

export interface ClientTable {
  clinicId: string;
  id: Generated<string>;
  recordNumber: string;
  fullName: string;
  birthDate: CalendarDate;
  sex: Sex;
  isDisabled: ColumnType<boolean, boolean | undefined, boolean>;
  disabilityNote: string | null;
  phone: string | null;
  address: string | null;
  guardianName: string | null;
  guardianPhone: string | null;
  notes: string | null;
  archivedAt: Instant | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface AppointmentTable {
  clinicId: string;
  id: Generated<string>;
  clientId: string;
  doctorId: string;
  departmentId: string;
  startsAt: string;
  endsAt: string;
  status: ColumnType<AppointmentStatus, AppointmentStatus | undefined, AppointmentStatus>;
  cancelReason: string | null;
  notes: string | null;
  createdBy: string;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface SessionResultTable {
  clinicId: string;
  id: Generated<string>;
  appointmentId: string;
  doctorId: string;
  clientId: string;
  visitStartsAt: string;
  complaints: string | null;
  examination: string | null;
  diagnosis: string | null;
  diagnosisCode: string | null;
  treatment: string | null;
  recommendations: string | null;
  priceMinor: number;
  paidMinor: number;
  paymentStatus: PaymentStatus;
  recordedBy: string;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface DB {
  clinics: ClinicTable;
  departments: DepartmentTable;
  members: MemberTable;
  accounts: AccountTable;
  authSessions: AuthSessionTable;
  invitations: InvitationTable;
  clients: ClientTable;
  appointments: AppointmentTable;
  sessionResults: SessionResultTable;
}

export type ClinicRow = Selectable<ClinicTable>;
export type DepartmentRow = Selectable<DepartmentTable>;
export type MemberRow = Selectable<MemberTable>;
export type InvitationRow = Selectable<InvitationTable>;
export type ClientRow = Selectable<ClientTable>;
export type NewClientRow = Insertable<ClientTable>;
export type ClientUpdate = Updateable<ClientTable>;
export type AppointmentRow = Selectable<AppointmentTable>;
export type SessionResultRow = Selectable<SessionResultTable>;
