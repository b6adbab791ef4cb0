import { describeClinicFlows } from './clinic-flows';

// The browser runs 12 hours behind the clinic, so its own date is often a day earlier.
describeClinicFlows({ browserZone: 'America/Los_Angeles', runName: 'other-zone' });
