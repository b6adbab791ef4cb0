import { sql, type Kysely } from 'kysely';

import { APP_ROLE, TENANT_TABLES } from '../tenancy';

// Defaults cut `now()` to milliseconds so a timestamp read back into JavaScript and sent again as
// a page cursor compares equal to the stored value.
const NOW_MS = sql`date_trunc('milliseconds', now())`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists btree_gist`.execute(db);
  await sql`create extension if not exists pg_trgm`.execute(db);

  await sql`
    create table clinics (
      id uuid primary key default gen_random_uuid(),
      name text not null check (length(name) between 1 and 200),
      time_zone text not null,
      currency char(3) not null,
      next_record_number integer not null default 1,
      created_at timestamptz not null default ${NOW_MS},
      updated_at timestamptz not null default ${NOW_MS}
    )`.execute(db);

  await sql`
    create table departments (
      clinic_id uuid not null references clinics (id),
      id uuid not null default gen_random_uuid(),
      name text not null,
      city text not null,
      address text,
      phone text,
      created_at timestamptz not null default ${NOW_MS},
      updated_at timestamptz not null default ${NOW_MS},
      primary key (clinic_id, id)
    )`.execute(db);
  await sql`create index departments_city on departments (clinic_id, lower(city))`.execute(db);
  await sql`create index departments_name on departments (clinic_id, name, id)`.execute(db);

  await sql`
    create table members (
      clinic_id uuid not null references clinics (id),
      id uuid not null default gen_random_uuid(),
      role text not null check (role in ('admin', 'doctor', 'staff')),
      full_name text not null,
      email text not null,
      phone text,
      specialty text,
      department_id uuid,
      archived_at timestamptz,
      created_at timestamptz not null default ${NOW_MS},
      updated_at timestamptz not null default ${NOW_MS},
      primary key (clinic_id, id),
      foreign key (clinic_id, department_id) references departments (clinic_id, id)
    )`.execute(db);
  await sql`create unique index members_email on members (clinic_id, lower(email))`.execute(db);
  await sql`create index members_name on members (clinic_id, full_name, id)`.execute(db);
  await sql`create index members_role on members (clinic_id, role, full_name, id)`.execute(db);
  await sql`create index members_department on members (clinic_id, department_id)`.execute(db);
  await sql`create index members_text on members using gin ((full_name || ' ' || email || ' ' || coalesce(specialty, '')) gin_trgm_ops)`.execute(
    db,
  );

  // Credentials and sessions are looked up before the clinic is known, so they live outside the
  // tenant tables and only the owner role (never the app role) reads them. An email is unique
  // within a clinic only: a global rule would tell one clinic that an address exists in another.
  await sql`
    create table accounts (
      id uuid primary key,
      clinic_id uuid not null,
      email_normalized text not null,
      password_hash text not null,
      created_at timestamptz not null default ${NOW_MS},
      unique (clinic_id, email_normalized),
      foreign key (clinic_id, id) references members (clinic_id, id)
    )`.execute(db);
  await sql`create index accounts_email on accounts (email_normalized)`.execute(db);

  await sql`
    create table auth_sessions (
      id text primary key,
      account_id uuid not null references accounts (id) on delete cascade,
      clinic_id uuid not null,
      expires_at timestamptz not null,
      user_agent text,
      created_at timestamptz not null default ${NOW_MS}
    )`.execute(db);
  await sql`create index auth_sessions_account on auth_sessions (account_id)`.execute(db);

  await sql`
    create table invitations (
      clinic_id uuid not null references clinics (id),
      id uuid not null default gen_random_uuid(),
      email text not null,
      role text not null check (role in ('admin', 'doctor', 'staff')),
      code_hash text not null,
      invited_by uuid not null,
      expires_at timestamptz not null,
      accepted_at timestamptz,
      accepted_member_id uuid,
      revoked_at timestamptz,
      created_at timestamptz not null default ${NOW_MS},
      primary key (clinic_id, id),
      unique (clinic_id, code_hash),
      foreign key (clinic_id, invited_by) references members (clinic_id, id),
      foreign key (clinic_id, accepted_member_id) references members (clinic_id, id)
    )`.execute(db);
  await sql`create index invitations_code on invitations (code_hash)`.execute(db);
  await sql`create index invitations_created on invitations (clinic_id, created_at desc, id desc)`.execute(
    db,
  );

  await sql`
    create table clients (
      clinic_id uuid not null references clinics (id),
      id uuid not null default gen_random_uuid(),
      record_number text not null,
      full_name text not null,
      birth_date date not null,
      sex text not null check (sex in ('male', 'female', 'other', 'unknown')),
      is_disabled boolean not null default false,
      disability_note text,
      phone text,
      address text,
      guardian_name text,
      guardian_phone text,
      notes text,
      archived_at timestamptz,
      created_at timestamptz not null default ${NOW_MS},
      updated_at timestamptz not null default ${NOW_MS},
      primary key (clinic_id, id),
      unique (clinic_id, record_number)
    )`.execute(db);
  await sql`create index clients_name on clients (clinic_id, full_name, id)`.execute(db);
  await sql`create index clients_birth_date on clients (clinic_id, birth_date)`.execute(db);
  await sql`create index clients_sex on clients (clinic_id, sex, full_name, id)`.execute(db);
  await sql`create index clients_disabled on clients (clinic_id, full_name, id) where is_disabled`.execute(
    db,
  );
  await sql`create index clients_archived on clients (clinic_id, full_name, id) where archived_at is not null`.execute(
    db,
  );
  await sql`create index clients_text on clients using gin ((full_name || ' ' || record_number || ' ' || coalesce(phone, '')) gin_trgm_ops)`.execute(
    db,
  );

  await sql`
    create table appointments (
      clinic_id uuid not null references clinics (id),
      id uuid not null default gen_random_uuid(),
      client_id uuid not null,
      doctor_id uuid not null,
      department_id uuid not null,
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      status text not null default 'scheduled'
        check (status in ('scheduled', 'arrived', 'completed', 'cancelled', 'no_show')),
      cancel_reason text,
      notes text,
      created_by uuid not null,
      created_at timestamptz not null default ${NOW_MS},
      updated_at timestamptz not null default ${NOW_MS},
      primary key (clinic_id, id),
      foreign key (clinic_id, client_id) references clients (clinic_id, id),
      foreign key (clinic_id, doctor_id) references members (clinic_id, id),
      foreign key (clinic_id, department_id) references departments (clinic_id, id),
      foreign key (clinic_id, created_by) references members (clinic_id, id),
      constraint appointments_ends_after_start check (ends_at > starts_at),
      constraint appointments_max_length check (ends_at - starts_at <= interval '8 hours'),
      constraint appointments_cancel_reason check (status <> 'cancelled' or cancel_reason is not null),
      constraint appointments_doctor_overlap exclude using gist (
        clinic_id with =, doctor_id with =, tstzrange(starts_at, ends_at, '[)') with &&
      ) where (status in ('scheduled', 'arrived', 'completed')),
      constraint appointments_client_overlap exclude using gist (
        clinic_id with =, client_id with =, tstzrange(starts_at, ends_at, '[)') with &&
      ) where (status in ('scheduled', 'arrived', 'completed'))
    )`.execute(db);
  await sql`create index appointments_start on appointments (clinic_id, starts_at, id)`.execute(db);
  await sql`create index appointments_doctor on appointments (clinic_id, doctor_id, starts_at)`.execute(
    db,
  );
  await sql`create index appointments_client on appointments (clinic_id, client_id, starts_at)`.execute(
    db,
  );
  await sql`create index appointments_department on appointments (clinic_id, department_id, starts_at)`.execute(
    db,
  );
  await sql`create index appointments_status on appointments (clinic_id, status, starts_at)`.execute(
    db,
  );

  await sql`
    create table session_results (
      clinic_id uuid not null references clinics (id),
      id uuid not null default gen_random_uuid(),
      appointment_id uuid not null,
      doctor_id uuid not null,
      client_id uuid not null,
      visit_starts_at timestamptz not null,
      complaints text,
      examination text,
      diagnosis text,
      diagnosis_code text check (diagnosis_code ~ '^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?$'),
      treatment text,
      recommendations text,
      price_minor bigint not null default 0 check (price_minor >= 0),
      paid_minor bigint not null default 0 check (paid_minor >= 0),
      payment_status text not null default 'unpaid'
        check (payment_status in ('unpaid', 'partial', 'paid', 'waived')),
      recorded_by uuid not null,
      created_at timestamptz not null default ${NOW_MS},
      updated_at timestamptz not null default ${NOW_MS},
      primary key (clinic_id, id),
      unique (clinic_id, appointment_id),
      foreign key (clinic_id, appointment_id) references appointments (clinic_id, id),
      foreign key (clinic_id, doctor_id) references members (clinic_id, id),
      foreign key (clinic_id, client_id) references clients (clinic_id, id),
      foreign key (clinic_id, recorded_by) references members (clinic_id, id),
      constraint session_results_payment check (
        (payment_status = 'unpaid' and paid_minor = 0)
        or (payment_status = 'partial' and paid_minor > 0 and paid_minor < price_minor)
        or (payment_status = 'paid' and paid_minor = price_minor)
        or payment_status = 'waived'
      )
    )`.execute(db);
  await sql`create index session_results_visit on session_results (clinic_id, visit_starts_at desc, id desc)`.execute(
    db,
  );
  await sql`create index session_results_doctor on session_results (clinic_id, doctor_id, visit_starts_at)`.execute(
    db,
  );
  await sql`create index session_results_client on session_results (clinic_id, client_id, visit_starts_at)`.execute(
    db,
  );
  await sql`create index session_results_code on session_results (clinic_id, diagnosis_code text_pattern_ops)`.execute(
    db,
  );
  await sql`create index session_results_payment on session_results (clinic_id, payment_status)`.execute(
    db,
  );

  await enableRowLevelSecurity(db);
}

/**
 * Creates the app role and gives it the tenant tables only, each behind a policy that admits the
 * rows of the clinic named by the transaction's `app.clinic_id` setting.
 */
async function enableRowLevelSecurity(db: Kysely<unknown>): Promise<void> {
  // Roles belong to the whole server, so another database may have created this one already.
  // A user without CREATEROLE can still migrate when the role exists and was granted to it.
  await sql`
    do $$
    begin
      if not exists (select 1 from pg_roles where rolname = '${sql.raw(APP_ROLE)}') then
        create role ${sql.raw(APP_ROLE)} nologin;
      end if;
    exception when duplicate_object then null;
    end $$`.execute(db);
  await sql`
    do $$
    begin
      if not pg_has_role(current_user, '${sql.raw(APP_ROLE)}', 'member') then
        execute format('grant ${sql.raw(APP_ROLE)} to %I', current_user);
      end if;
    end $$`.execute(db);
  await sql`grant usage on schema public to ${sql.raw(APP_ROLE)}`.execute(db);

  for (const table of TENANT_TABLES) {
    const clinicColumn = table === 'clinics' ? 'id' : 'clinic_id';

    await sql`grant select, insert, update, delete on ${sql.table(table)} to ${sql.raw(APP_ROLE)}`.execute(
      db,
    );
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`
      create policy ${sql.raw(`${table}_clinic_isolation`)} on ${sql.table(table)}
      to ${sql.raw(APP_ROLE)}
      using (${sql.ref(clinicColumn)} = nullif(current_setting('app.clinic_id', true), '')::uuid)
      with check (${sql.ref(clinicColumn)} = nullif(current_setting('app.clinic_id', true), '')::uuid)
    `.execute(db);
  }

  // Archiving a member ends their sessions inside the request's own transaction, so the app role
  // may delete (never read tokens of, nor create) its clinic's sessions.
  await sql`grant select (id, account_id, clinic_id), delete on auth_sessions to ${sql.raw(APP_ROLE)}`.execute(
    db,
  );
  await sql`alter table auth_sessions enable row level security`.execute(db);
  await sql`
    create policy auth_sessions_clinic_isolation on auth_sessions
    to ${sql.raw(APP_ROLE)}
    using (clinic_id = nullif(current_setting('app.clinic_id', true), '')::uuid)
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'session_results',
    'appointments',
    'clients',
    'invitations',
    'auth_sessions',
    'accounts',
    'members',
    'departments',
    'clinics',
  ]) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
