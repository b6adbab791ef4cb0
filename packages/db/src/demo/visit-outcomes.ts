import type { AppointmentStatus, PaymentStatus } from '../schema';
import type { Random } from './random';

const CANCEL_REASONS = [
  'Child has a fever; parent asked to reschedule.',
  'Family is travelling.',
  'Parent could not leave work.',
  'Booked by mistake.',
  'Feeling better; visit no longer needed.',
  'Moved to an earlier slot with another doctor.',
] as const;

const APPOINTMENT_NOTES = [
  'First visit.',
  'Follow-up visit.',
  'Referred by the school nurse.',
  'Bring previous test results.',
  'Parent asked for a reminder call the day before.',
] as const;

const MINUTE_MS = 60_000;

export type Payment = { priceMinor: number; paidMinor: number; paymentStatus: PaymentStatus };

/** Timing of a visit relative to the demo's `now`, which decides its likely status. */
export type VisitTiming = {
  isBeforeToday: boolean;
  isToday: boolean;
  startsAtMs: number;
  nowMs: number;
};

/**
 * Chooses a status as a front desk would leave it. Visits of past days are mostly completed,
 * with some cancellations and no-shows. Today's earlier visits are completed or still open
 * (arrived), and the next ones may have arrived already. Later visits are scheduled. A booking
 * that replaces a cancelled one in the same slot passes `canBeCancelled: false`.
 */
export function chooseStatus(
  random: Random,
  timing: VisitTiming,
  options: { canBeCancelled: boolean },
): AppointmentStatus {
  const status = chooseAnyStatus(random, timing);

  if (status === 'cancelled' && !options.canBeCancelled) {
    return timing.isBeforeToday ? 'completed' : 'scheduled';
  }

  return status;
}

function chooseAnyStatus(random: Random, timing: VisitTiming): AppointmentStatus {
  const roll = random.next();

  if (timing.isBeforeToday) {
    if (roll < 0.84) {
      return 'completed';
    }

    return roll < 0.93 ? 'cancelled' : 'no_show';
  }

  if (!timing.isToday) {
    return roll < 0.94 ? 'scheduled' : 'cancelled';
  }

  if (timing.startsAtMs <= timing.nowMs) {
    if (timing.startsAtMs > timing.nowMs - 45 * MINUTE_MS) {
      return 'arrived';
    }

    if (roll < 0.88) {
      return 'completed';
    }

    return roll < 0.94 ? 'arrived' : 'no_show';
  }

  if (timing.startsAtMs < timing.nowMs + 40 * MINUTE_MS && roll < 0.6) {
    return 'arrived';
  }

  return roll < 0.95 ? 'scheduled' : 'cancelled';
}

export function chooseCancelReason(random: Random): string {
  return random.pick(CANCEL_REASONS);
}

export function chooseAppointmentNotes(random: Random): string | null {
  return random.chance(0.08) ? random.pick(APPOINTMENT_NOTES) : null;
}

/**
 * Chooses a payment that meets the database's payment rule: unpaid pays 0, partial pays more
 * than 0 and less than the price, paid pays the price, and waived pays 0 here. Visits of
 * disabled clients are mostly waived, and today's visits are often not paid yet.
 */
export function choosePayment(
  random: Random,
  options: { priceMinor: number; stepMinor: number; isDisabled: boolean; isToday: boolean },
): Payment {
  const { priceMinor, stepMinor } = options;

  if (options.isDisabled && random.chance(0.8)) {
    return { priceMinor, paidMinor: 0, paymentStatus: 'waived' };
  }

  if (options.isToday && random.chance(0.3)) {
    return { priceMinor, paidMinor: 0, paymentStatus: 'unpaid' };
  }

  const roll = random.next();

  if (roll < 0.05) {
    return { priceMinor, paidMinor: 0, paymentStatus: 'unpaid' };
  }

  if (roll < 0.11 && priceMinor >= 2 * stepMinor) {
    const steps = Math.round((priceMinor * (0.3 + 0.4 * random.next())) / stepMinor);
    const paidMinor = Math.min(Math.max(steps, 1) * stepMinor, priceMinor - stepMinor);

    return { priceMinor, paidMinor, paymentStatus: 'partial' };
  }

  if (roll < 0.13) {
    return { priceMinor, paidMinor: 0, paymentStatus: 'waived' };
  }

  return { priceMinor, paidMinor: priceMinor, paymentStatus: 'paid' };
}
