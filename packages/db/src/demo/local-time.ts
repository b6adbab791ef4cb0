const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);

  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }

  return formatter;
}

/** Returns the zone's UTC offset at one instant in milliseconds, e.g. 18,000,000 for UTC+5. */
function offsetAt(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};

  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    parts[part.type] = Number(part.value);
  }

  const wallClockAsUtc = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );

  return wallClockAsUtc - Math.floor(epochMs / 1000) * 1000;
}

const HOUR_MS = 3_600_000;
const steadyOffsets = new Map<string, number | null>();

/**
 * Returns the zone's offset on a local date when it is the same all day, or null on a day with
 * a daylight-saving change. UTC offsets lie between -12:00 and +14:00, so the two instants
 * looked up bracket the whole local day. A zone that changed its offset and changed it back
 * within those 50 hours would be missed.
 */
function steadyOffsetOn(date: string, timeZone: string): number | null {
  const key = `${timeZone} ${date}`;
  const cached = steadyOffsets.get(key);

  if (cached !== undefined) {
    return cached;
  }

  const midnightAsUtc = Date.parse(`${date}T00:00:00Z`);
  const before = offsetAt(midnightAsUtc - 14 * HOUR_MS, timeZone);
  const after = offsetAt(midnightAsUtc + 36 * HOUR_MS, timeZone);
  const offset = before === after ? before : null;
  steadyOffsets.set(key, offset);

  return offset;
}

/**
 * Converts a local wall-clock time in `timeZone` to a UTC instant in ISO 8601 form. On a day
 * with a daylight-saving change the offset is looked up twice, so a time just after the change
 * gets the new offset. A time that the change skips (such as 02:30 on a spring-forward night)
 * does not exist, so its result is off by the size of the gap. Clinic working hours never fall
 * in such a gap.
 *
 * @example instantAtLocalTime('2026-03-11', 9 * 60, 'Asia/Tashkent') // '2026-03-11T04:00:00.000Z'
 */
export function instantAtLocalTime(date: string, minuteOfDay: number, timeZone: string): string {
  const wallClockAsUtc = Date.parse(`${date}T00:00:00Z`) + minuteOfDay * 60_000;
  const steadyOffset = steadyOffsetOn(date, timeZone);

  if (steadyOffset !== null) {
    return new Date(wallClockAsUtc - steadyOffset).toISOString();
  }

  const firstGuess = wallClockAsUtc - offsetAt(wallClockAsUtc, timeZone);
  const instant = wallClockAsUtc - offsetAt(firstGuess, timeZone);

  return new Date(instant).toISOString();
}
