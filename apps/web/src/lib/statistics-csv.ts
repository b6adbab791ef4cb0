import type { BandKey, DoctorStatistics } from '@medsys/domain';

type BandLabel = { key: BandKey; label: string };

/** Quotes a CSV field when it contains a comma, a quote or a line break (RFC 4180). */
function csvField(value: string | number): string {
  const text = String(value);

  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvRow(fields: readonly (string | number)[]): string {
  return fields.map(csvField).join(',');
}

/**
 * Builds the statistics CSV: a header, one row per band (key, label, clients) in the given band
 * order, then the total of distinct clients and the number of visits. Lines end in CRLF, as
 * RFC 4180 specifies.
 */
export function buildStatisticsCsv(
  statistics: Pick<DoctorStatistics, 'bands' | 'totalClients' | 'visits'>,
  bands: readonly BandLabel[],
): string {
  const rows = [
    csvRow(['band', 'label', 'count']),
    ...bands.map((band) => csvRow([band.key, band.label, statistics.bands[band.key]])),
    csvRow(['totalClients', 'All clients', statistics.totalClients]),
    csvRow(['visits', 'Visits', statistics.visits]),
  ];

  return `${rows.join('\r\n')}\r\n`;
}

/** Returns a file name such as 'statistics-dr-aliyev-2025-04.csv', safe on every file system. */
export function statisticsFileName(doctorName: string, periodLabel: string): string {
  const slug = doctorName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

  return `statistics-${slug || 'doctor'}-${periodLabel}.csv`;
}
