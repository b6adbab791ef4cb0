const MS_PER_DAY = 86_400_000;

/** ISO weekday of a calendar date: 1 is Monday, 7 is Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

function toUtcMidnight(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtcMidnight(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Adds whole days to a 'YYYY-MM-DD' date; negative `days` go back. */
export function addDays(date: string, days: number): string {
  return fromUtcMidnight(toUtcMidnight(date) + days * MS_PER_DAY);
}

/** Goes back whole months; a day past the end of the target month rolls into the next one. */
export function subtractMonths(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);

  return fromUtcMidnight(Date.UTC(year, month - 1 - months, day));
}

export function isoWeekdayOf(date: string): IsoWeekday {
  const sundayFirst = new Date(toUtcMidnight(date)).getUTCDay();

  return (sundayFirst === 0 ? 7 : sundayFirst) as IsoWeekday;
}

/** Lists every date from `first` to `last`, both inclusive. */
export function listDates(first: string, last: string): string[] {
  const dates: string[] = [];

  for (let date = first; date <= last; date = addDays(date, 1)) {
    dates.push(date);
  }

  return dates;
}
