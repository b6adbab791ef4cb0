export { DEMO_PASSWORD, seedDemoData, type SeedDemoDataOptions } from './seed-demo-data';
export type { DemoClinicSummary, DemoCounts, DemoSummary } from './demo-summary';
