/**
 * The lifecycle of an exemption request, in one table. Every context that moves a request asks
 * this module; a move that is not in the table is refused, whoever asks.
 */
export const REQUEST_STATUSES = [
  'draft',
  'submitted',
  'screening',
  'returned',
  'expert_review',
  'on_agenda',
  'decided',
  'published',
  'withdrawn',
  'expired',
  'revoked',
  'reconsideration',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_ACTIONS = [
  'edit',
  'submit',
  'resubmit',
  'start_screening',
  'return_for_revision',
  'accept_for_review',
  'place_on_agenda',
  'defer',
  'decide',
  'publish',
  'withdraw',
  'expire',
  'revoke',
  'request_reconsideration',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

type Transition = readonly [from: readonly RequestStatus[], action: RequestAction, to: RequestStatus | 'same'];

/** Statuses in which no decision has been taken yet: the applicant may still withdraw. */
export const UNDECIDED_STATUSES: readonly RequestStatus[] = ['draft', 'submitted', 'screening', 'returned', 'expert_review', 'on_agenda'];

export const TRANSITIONS: readonly Transition[] = [
  [['draft', 'returned'], 'edit', 'same'],
  [['draft'], 'submit', 'submitted'],
  [['returned'], 'resubmit', 'submitted'],
  [['submitted'], 'start_screening', 'screening'],
  [['submitted', 'screening', 'on_agenda'], 'return_for_revision', 'returned'],
  [['screening'], 'accept_for_review', 'expert_review'],
  [['expert_review'], 'place_on_agenda', 'on_agenda'],
  // A reconsideration keeps its status through its meeting, so that the register can tell it apart.
  [['reconsideration'], 'place_on_agenda', 'same'],
  [['on_agenda'], 'defer', 'expert_review'],
  [['reconsideration'], 'defer', 'same'],
  [['on_agenda', 'reconsideration'], 'decide', 'decided'],
  [['decided'], 'publish', 'published'],
  [UNDECIDED_STATUSES, 'withdraw', 'withdrawn'],
  // A decision takes effect when issued; publication follows within days and changes nothing of it.
  [['decided', 'published'], 'expire', 'expired'],
  [['decided', 'published'], 'revoke', 'revoked'],
  [['decided', 'published'], 'request_reconsideration', 'reconsideration'],
];

/** The status after `action`, or undefined when the table does not allow it from `status`. */
export function nextStatus(status: RequestStatus, action: RequestAction): RequestStatus | undefined {
  for (const [from, candidate, to] of TRANSITIONS) {
    if (candidate === action && from.includes(status)) return to === 'same' ? status : to;
  }
  return undefined;
}

/** How far along the Commission's main path a status lies; statuses off the path have none. */
const PROGRESS: Partial<Record<RequestStatus, number>> = {
  submitted: 1,
  screening: 2,
  expert_review: 3,
  on_agenda: 4,
  decided: 5,
  published: 6,
};

/**
 * True when `action` applies only to statuses further along the main path than `status`: the
 * event that brings the request there has not been handled yet (events of one source can be
 * handled out of order), so the action is early, not wrong, and should be tried again later.
 */
export function isAheadOf(status: RequestStatus, action: RequestAction): boolean {
  const here = PROGRESS[status];
  if (here === undefined) return false;
  const from = TRANSITIONS.filter(([, candidate]) => candidate === action).flatMap(([statuses]) => statuses);
  // Statuses off the main path (a reconsideration) come only after it, never before `here`.
  const ranks = from.map((candidate) => PROGRESS[candidate]).filter((rank): rank is number => rank !== undefined);
  return ranks.length > 0 && ranks.every((rank) => rank > here);
}

export function allowedActions(status: RequestStatus): RequestAction[] {
  return REQUEST_ACTIONS.filter((action) => nextStatus(status, action) !== undefined);
}
