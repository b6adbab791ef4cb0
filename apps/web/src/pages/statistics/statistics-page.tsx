import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';

import { BarChart } from '@mantine/charts';
import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { DateInput, MonthPickerInput } from '@mantine/dates';
import type { DoctorStatistics } from '@medsys/domain';
import {
  STATISTICS_BANDS,
  currentIsoWeekLabel,
  currentMonthLabel,
  isoWeekLabelOf,
} from '@medsys/domain';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';

import { useDoctors } from '../../api/lookups';
import { trpc } from '../../api/trpc';
import { EmptyState, QueryState } from '../../components/query-state';
import { addDays, formatCalendarDate, formatDateTime, localDateIn } from '../../lib/clinic-time';
import { buildStatisticsCsv, statisticsFileName } from '../../lib/statistics-csv';
import type { StatisticsSearch } from '../../routing/search-params';
import { useSession } from '../../session/use-session';

const route = getRouteApi('/app/statistics');

type PeriodKind = 'month' | 'week';

/** Describes the period on the clinic's calendar, e.g. '2025-W13: 24 March 2025 – 30 March 2025'. */
function describePeriod(statistics: DoctorStatistics): string {
  const { start, end, timeZone, label } = statistics.period;
  const first = localDateIn(start, timeZone);
  const last = addDays(localDateIn(end, timeZone), -1);

  return `${label}: ${formatCalendarDate(first)} – ${formatCalendarDate(last)}`;
}

function downloadCsv(text: string, fileName: string): void {
  // A byte order mark lets spreadsheet programs read the en dashes in the labels as UTF-8.
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

function StatisticsReport(props: { statistics: DoctorStatistics; doctorName: string }) {
  const { clinic } = useSession();
  const { statistics } = props;
  const bars = STATISTICS_BANDS.map((band) => ({
    band: band.label,
    clients: statistics.bands[band.key],
  }));

  return (
    <Stack gap="md" className="print-page">
      <div>
        <Title order={2} size="h3">
          {props.doctorName}
        </Title>
        <Text c="dimmed" data-testid="statistics-period">
          {describePeriod(statistics)} ({statistics.period.timeZone})
        </Text>
        <Text c="dimmed" size="xs" className="print-only">
          {clinic.name}. Printed {formatDateTime(new Date().toISOString(), clinic.timeZone)}.
        </Text>
      </div>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Table
          withTableBorder
          withColumnBorders
          aria-label="Clients by band"
          data-testid="statistics-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Band</Table.Th>
              <Table.Th scope="col" ta="right">
                Clients
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {STATISTICS_BANDS.map((band) => (
              <Table.Tr key={band.key} data-band={band.key}>
                <Table.Th scope="row" fw={400}>
                  {band.label}
                </Table.Th>
                <Table.Td ta="right">{statistics.bands[band.key]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr data-band="totalClients">
              <Table.Th scope="row">All clients</Table.Th>
              <Table.Td ta="right" fw={700}>
                {statistics.totalClients}
              </Table.Td>
            </Table.Tr>
            <Table.Tr data-band="visits">
              <Table.Th scope="row">Visits</Table.Th>
              <Table.Td ta="right" fw={700}>
                {statistics.visits}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>

        <Paper withBorder p="sm">
          {statistics.totalClients === 0 ? (
            <EmptyState>No completed visits in this period.</EmptyState>
          ) : (
            <BarChart
              h={300}
              data={bars}
              dataKey="band"
              orientation="vertical"
              yAxisProps={{ width: 150 }}
              series={[{ name: 'clients', label: 'Clients', color: 'teal.6' }]}
              withBarValueLabel
              tickLine="none"
              aria-label="Clients by band, as a bar chart"
            />
          )}
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}

/**
 * Shows one doctor's statistics for a month or an ISO week in the clinic's zone: every band with
 * its count, a bar chart, a CSV download and a one-page print view. A doctor gets only their own.
 */
export function StatisticsPage() {
  const { member, clinic } = useSession();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/statistics' });
  const doctors = useDoctors();
  const isDoctor = member.role === 'doctor';
  const kind: PeriodKind = search.kind ?? 'month';
  const now = new Date();
  const period =
    search.period ??
    (kind === 'month'
      ? currentMonthLabel(clinic.timeZone, now)
      : currentIsoWeekLabel(clinic.timeZone, now));
  const doctorId = isDoctor ? member.id : (search.doctorId ?? doctors.data?.items[0]?.id);
  const doctorName = isDoctor
    ? member.fullName
    : (doctors.data?.items.find((doctor) => doctor.id === doctorId)?.fullName ?? 'Doctor');

  const setSearch = (changes: Partial<StatisticsSearch>) =>
    navigate({ search: (previous) => ({ ...previous, ...changes }), replace: true });

  const monthly = useQuery(
    trpc.stats.doctorMonthly.queryOptions(
      { doctorId, month: period },
      { enabled: kind === 'month' && doctorId !== undefined },
    ),
  );
  const weekly = useQuery(
    trpc.stats.doctorWeekly.queryOptions(
      { doctorId, week: period },
      { enabled: kind === 'week' && doctorId !== undefined },
    ),
  );
  const statistics = kind === 'month' ? monthly : weekly;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" className="no-print">
        <Title order={1}>Statistics</Title>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            disabled={!statistics.data}
            onClick={() => {
              if (statistics.data) {
                downloadCsv(
                  buildStatisticsCsv(statistics.data, STATISTICS_BANDS),
                  statisticsFileName(doctorName, statistics.data.period.label),
                );
              }
            }}
          >
            Download CSV
          </Button>
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} />}
            disabled={!statistics.data}
            onClick={() => {
              window.print();
            }}
          >
            Print
          </Button>
        </Group>
      </Group>

      <Group gap="sm" align="flex-end" className="no-print" wrap="wrap">
        <Select
          label="Doctor"
          searchable
          disabled={isDoctor}
          data={
            isDoctor
              ? [{ value: member.id, label: member.fullName }]
              : (doctors.data?.items ?? []).map((doctor) => ({
                  value: doctor.id,
                  label: doctor.fullName,
                }))
          }
          value={doctorId ?? null}
          onChange={(value) => void setSearch({ doctorId: value ?? undefined })}
          w={240}
        />
        <SegmentedControl
          aria-label="Period"
          data={[
            { value: 'month', label: 'Month' },
            { value: 'week', label: 'ISO week' },
          ]}
          value={kind}
          onChange={(value) => void setSearch({ kind: value, period: undefined })}
        />
        {kind === 'month' ? (
          <MonthPickerInput
            label="Month"
            valueFormat="MMMM YYYY"
            value={`${period}-01`}
            onChange={(value) => {
              if (value) {
                void setSearch({ period: value.slice(0, 7) });
              }
            }}
            w={200}
          />
        ) : (
          <DateInput
            label="Any day of the week"
            description={`Week ${period}`}
            valueFormat="YYYY-MM-DD"
            firstDayOfWeek={1}
            onChange={(value) => {
              if (value) {
                void setSearch({ period: isoWeekLabelOf(value) });
              }
            }}
            w={200}
          />
        )}
      </Group>

      {doctorId === undefined ? (
        doctors.isPending ? (
          <Text c="dimmed">Loading doctors…</Text>
        ) : (
          <EmptyState>The clinic has no doctors yet. Invite one under Members.</EmptyState>
        )
      ) : (
        <QueryState query={statistics} label="statistics">
          {(loaded) => <StatisticsReport statistics={loaded} doctorName={doctorName} />}
        </QueryState>
      )}
    </Stack>
  );
}
