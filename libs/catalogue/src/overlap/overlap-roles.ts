import { Role } from '@qaztech/platform';

/**
 * Who reads overlap reports and searches the evidence: the Commission and the auditors. Never an
 * agency: a report names other agencies' requests in flight.
 */
export const OVERLAP_READERS: readonly [Role, ...Role[]] = [
  'commission.secretary',
  'expert.technical',
  'expert.security',
  'expert.legal',
  'commission.member',
  'commission.chair',
  'auditor',
];

/** Who may ask for a report again: the people who work the case (an auditor changes nothing). */
export const OVERLAP_REQUESTERS: readonly [Role, ...Role[]] = [
  'commission.secretary',
  'expert.technical',
  'expert.security',
  'expert.legal',
];
