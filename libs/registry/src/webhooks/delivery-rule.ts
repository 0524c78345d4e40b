export const DELIVERY_STATUSES = ['pending', 'delivered', 'dead', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** What a worker holding a delivery's job sees of it, read under the row's lock. */
export interface DeliveryState {
  status: DeliveryStatus;
  nextAttemptAt: Date;
  /** Set while another worker is sending it. */
  claimedUntil: Date | null;
  /** Deliveries of the same subscriber with a lower sequence that are still pending. */
  earlierPending: number;
}

export type DeliveryStep =
  /** Claim it and send it now. */
  | { kind: 'send' }
  /** Nothing more to do: delivered, dead or cancelled. */
  | { kind: 'finished' }
  /** An earlier record to the same subscriber goes first; its outcome wakes this one. */
  | { kind: 'wait_for_earlier' }
  /** Look again at `at`: not due yet, or another worker holds it. */
  | { kind: 'later'; at: Date };

/**
 * The ordering and claiming rule. A subscriber receives records in sequence: a delivery waits
 * while an earlier one to the same subscriber is pending, and a dead or cancelled one no longer
 * holds the line. Two workers never send the same delivery at once: a claim is a lease.
 */
export function nextStep(state: DeliveryState, now: Date): DeliveryStep {
  if (state.status !== 'pending') return { kind: 'finished' };
  if (state.earlierPending > 0) return { kind: 'wait_for_earlier' };
  if (state.claimedUntil !== null && state.claimedUntil.getTime() > now.getTime()) return { kind: 'later', at: state.claimedUntil };
  if (state.nextAttemptAt.getTime() > now.getTime()) return { kind: 'later', at: state.nextAttemptAt };
  return { kind: 'send' };
}

/** A 2xx answer is a delivery; anything else, or no answer, is a failed attempt. */
export function isDelivered(statusCode: number | null): boolean {
  return statusCode !== null && statusCode >= 200 && statusCode < 300;
}
