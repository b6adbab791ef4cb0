/** Row counts of one demo clinic. */
export type DemoCounts = {
  departments: number;
  doctors: number;
  staff: number;
  clients: number;
  appointments: number;
  sessionResults: number;
};

/** One demo clinic and the emails to sign in to it with. */
export type DemoClinicSummary = {
  name: string;
  timeZone: string;
  admin: { email: string };
  doctor: { email: string };
  staff: { email: string };
  counts: DemoCounts;
};

/** Summary of the loaded demo: its clinics, and the password of every demo account. */
export type DemoSummary = {
  clinics: DemoClinicSummary[];
  password: string;
};
