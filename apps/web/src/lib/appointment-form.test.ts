import type { Appointment } from '@medsys/domain';
import { createAppointmentInput, rescheduleAppointmentInput } from '@medsys/domain';
import { describe, expect, it } from 'vitest';

import {
  APPOINTMENT_FIELD_NAMES,
  addMinutesToTime,
  appointmentFormValuesOf,
  toCreateAppointmentInput,
  toRescheduleAppointmentInput,
  type AppointmentFormValues,
} from './appointment-form';
import { validateMapped } from './form-errors';

const CLIENT_ID = '11111111-1111-4111-8111-111111111111';
const DOCTOR_ID = '22222222-2222-4222-8222-222222222222';

const VALUES: AppointmentFormValues = {
  clientId: CLIENT_ID,
  doctorId: DOCTOR_ID,
  departmentId: null,
  date: '2025-04-01',
  startTime: '02:30',
  endTime: '03:00',
  notes: '',
};

describe('appointment form mapping', () => {
  it('sends clinic-local times with the clinic offset', () => {
    const { input, errors } = toCreateAppointmentInput(VALUES, 'Asia/Tashkent');
    const parsed = createAppointmentInput.parse(input);

    expect(errors).toEqual({});
    expect(input.startsAt).toBe('2025-04-01T02:30:00.000+05:00');
    expect(parsed.startsAt).toBe('2025-03-31T21:30:00.000Z');
    expect(parsed.endsAt).toBe('2025-03-31T22:00:00.000Z');
    expect('departmentId' in input).toBe(false);
  });

  it('shows an end before the start at the end time', () => {
    const mapped = toCreateAppointmentInput({ ...VALUES, endTime: '02:00' }, 'Asia/Tashkent');
    const errors = validateMapped(mapped, createAppointmentInput, APPOINTMENT_FIELD_NAMES);

    expect(Object.keys(errors)).toEqual(['endTime']);
    expect(errors.endTime).toContain('is not after startsAt');
  });

  it('names missing client, doctor and date', () => {
    const mapped = toCreateAppointmentInput(
      { ...VALUES, clientId: null, doctorId: null, date: null },
      'Asia/Tashkent',
    );
    const errors = validateMapped(mapped, createAppointmentInput, APPOINTMENT_FIELD_NAMES);

    expect(errors.clientId).toBeDefined();
    expect(errors.doctorId).toBeDefined();
    expect(errors.date).toBe('must not be empty');
  });

  it('rejects a time the clocks skip', () => {
    const mapped = toCreateAppointmentInput(
      { ...VALUES, date: '2025-03-30', startTime: '02:15', endTime: '03:30' },
      'Europe/Berlin',
    );

    expect(mapped.errors).toEqual({
      startTime: '02:15 does not exist on 2025-03-30 in Europe/Berlin: the clocks skip it',
    });
  });

  it('fills the form on the clinic clock and reschedules', () => {
    const appointment: Appointment = {
      id: '33333333-3333-4333-8333-333333333333',
      clientId: CLIENT_ID,
      doctorId: DOCTOR_ID,
      departmentId: '44444444-4444-4444-8444-444444444444',
      startsAt: '2025-03-31T21:30:00.000Z',
      endsAt: '2025-03-31T22:00:00.000Z',
      status: 'scheduled',
      cancelReason: null,
      notes: 'first visit',
      createdBy: DOCTOR_ID,
      createdAt: '2025-03-01T10:00:00.000Z',
      updatedAt: '2025-03-01T10:00:00.000Z',
    };
    const values = appointmentFormValuesOf(appointment, 'Asia/Tashkent');

    expect(values.date).toBe('2025-04-01');
    expect(values.startTime).toBe('02:30');
    expect(values.endTime).toBe('03:00');

    const moved = toRescheduleAppointmentInput(
      appointment.id,
      { ...values, startTime: '04:00', endTime: '04:45' },
      'Asia/Tashkent',
    );
    const parsed = rescheduleAppointmentInput.parse(moved.input);

    expect(parsed.startsAt).toBe('2025-03-31T23:00:00.000Z');
    expect(parsed.endsAt).toBe('2025-03-31T23:45:00.000Z');
  });

  it('adds minutes to a wall-clock time within the day', () => {
    expect(addMinutesToTime('10:00', 30)).toBe('10:30');
    expect(addMinutesToTime('09:45', 30)).toBe('10:15');
    expect(addMinutesToTime('23:50', 30)).toBe('23:59');
  });
});
