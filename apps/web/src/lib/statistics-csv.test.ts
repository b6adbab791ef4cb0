import { STATISTICS_BANDS, emptyBandCounts } from '@medsys/domain';
import { describe, expect, it } from 'vitest';

import { buildStatisticsCsv, statisticsFileName } from './statistics-csv';

describe('buildStatisticsCsv', () => {
  it('lists every band, then the clients and visits', () => {
    const csv = buildStatisticsCsv(
      {
        bands: { ...emptyBandCounts(), girls: 2, adults: 1 },
        totalClients: 3,
        visits: 5,
      },
      STATISTICS_BANDS,
    );
    const lines = csv.split('\r\n');

    expect(lines).toEqual([
      'band,label,count',
      'disabledChildren,Disabled children (0–18),0',
      'adults,Adults (19 and over),1',
      'infants,Children aged 0 to 1,0',
      'boys1to16,Boys 1–16,0',
      'boys17to18,Boys 17–18,0',
      'girls,Girls 1–18,2',
      'otherChildren,Children of other or unknown sex (1–18),0',
      'totalClients,All clients,3',
      'visits,Visits,5',
      '',
    ]);
  });

  it('quotes labels with commas and quotes', () => {
    const csv = buildStatisticsCsv(
      { bands: { ...emptyBandCounts(), girls: 1 }, totalClients: 1, visits: 1 },
      [{ key: 'girls', label: 'Girls, "all"' }],
    );

    expect(csv.split('\r\n')[1]).toBe('girls,"Girls, ""all""",1');
  });
});

describe('statisticsFileName', () => {
  it('makes a file-system-safe name', () => {
    expect(statisticsFileName('Dr. Öztürk  Aliyev', '2025-04')).toBe(
      'statistics-dr-ozturk-aliyev-2025-04.csv',
    );
    expect(statisticsFileName('   ', '2025-W13')).toBe('statistics-doctor-2025-W13.csv');
  });
});
