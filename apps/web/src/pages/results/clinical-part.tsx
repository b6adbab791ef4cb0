import {
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { SessionResult } from '@medsys/domain';
import { clinicalPartInput } from '@medsys/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { trpc } from '../../api/trpc';
import { focusFirstError, useSubmitFailure } from '../../components/form-feedback';
import { validateMapped } from '../../lib/form-errors';
import {
  CLINICAL_FIELD_NAMES,
  EMPTY_CLINICAL_FORM,
  clinicalFormValuesOf,
  toClinicalInput,
  type ClinicalFormValues,
} from '../../lib/session-result-form';

const FIELDS: { field: keyof ClinicalFormValues; label: string }[] = [
  { field: 'complaints', label: 'Complaints' },
  { field: 'examination', label: 'Examination' },
  { field: 'diagnosis', label: 'Diagnosis' },
  { field: 'diagnosisCode', label: 'ICD-10 code' },
  { field: 'treatment', label: 'Treatment' },
  { field: 'recommendations', label: 'Recommendations' },
];

type ClinicalPartProps = {
  appointmentId: string;
  result: SessionResult | null;
  /** Only the appointment's doctor writes the clinical part. */
  canWrite: boolean;
  /** A result can be recorded only for a scheduled, arrived or completed appointment. */
  canRecord: boolean;
};

function ClinicalReadOnly({ result }: { result: SessionResult | null }) {
  if (!result) {
    return <Text c="dimmed">The doctor has not recorded this visit yet.</Text>;
  }

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {FIELDS.map(({ field, label }) => (
        <div key={field}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {label}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {result[field] ?? '—'}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

/** Shows or edits the doctor's part of a session result: complaints, findings, diagnosis, treatment. */
export function ClinicalPart(props: ClinicalPartProps) {
  const queryClient = useQueryClient();
  const form = useForm<ClinicalFormValues>({
    initialValues: props.result ? clinicalFormValuesOf(props.result) : EMPTY_CLINICAL_FORM,
    validate: (values) => validateMapped(toClinicalInput(values), clinicalPartInput),
  });
  const failure = useSubmitFailure(form, CLINICAL_FIELD_NAMES);
  const onSuccess = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.sessionResults.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.appointments.pathKey() });
    notifications.show({ color: 'teal', message: 'Clinical notes saved.' });
  };
  const record = useMutation(
    trpc.sessionResults.record.mutationOptions({ onSuccess, onError: failure.handleError }),
  );
  const update = useMutation(
    trpc.sessionResults.updateClinical.mutationOptions({ onSuccess, onError: failure.handleError }),
  );
  const isEditable = props.canWrite && (props.result !== null || props.canRecord);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="clinical-title">
      <Title order={2} size="h3" id="clinical-title" mb="sm">
        Clinical notes
      </Title>
      {!isEditable ? (
        <ClinicalReadOnly result={props.result} />
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit(
            (values) => {
              failure.clear();
              const clinical = toClinicalInput(values).input;

              if (props.result) {
                update.mutate({ id: props.result.id, ...clinical });
              } else {
                record.mutate({ appointmentId: props.appointmentId, clinical });
              }
            },
            (errors) => {
              focusFirstError(form, errors as Record<string, string>);
            },
          )}
        >
          <Stack gap="sm">
            <Textarea
              label="Complaints"
              autosize
              minRows={2}
              {...form.getInputProps('complaints')}
            />
            <Textarea
              label="Examination"
              autosize
              minRows={2}
              {...form.getInputProps('examination')}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Textarea
                label="Diagnosis"
                autosize
                minRows={1}
                style={{ gridColumn: 'span 2' }}
                {...form.getInputProps('diagnosis')}
              />
              <TextInput
                label="ICD-10 code"
                description="e.g. J06.9"
                {...form.getInputProps('diagnosisCode')}
              />
            </SimpleGrid>
            <Textarea label="Treatment" autosize minRows={2} {...form.getInputProps('treatment')} />
            <Textarea
              label="Recommendations"
              autosize
              minRows={2}
              {...form.getInputProps('recommendations')}
            />
            {failure.alert}
            <Group>
              <Button type="submit" loading={record.isPending || update.isPending}>
                {props.result ? 'Save clinical notes' : 'Record and complete visit'}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
