/**
 * Who may not take part in a case. A person of the applicant organisation never may; people the
 * case names as excluded (the reviewers of a decision under reconsideration) may not either.
 */
export type RecusalReason = 'applicant_organisation' | 'excluded_reviewer';

export interface Participant {
  id: string;
  organisationBin: string | null | undefined;
}

export interface CaseParties {
  applicantBin: string;
  excludedReviewers: readonly string[];
}

export function recusalReason(person: Participant, parties: CaseParties): RecusalReason | null {
  if (person.organisationBin && person.organisationBin === parties.applicantBin) return 'applicant_organisation';
  if (parties.excludedReviewers.includes(person.id)) return 'excluded_reviewer';
  return null;
}

/** Members recused from an item automatically, before anyone votes. */
export function automaticRecusals<M extends Participant>(members: readonly M[], applicantBin: string): M[] {
  return members.filter((member) => recusalReason(member, { applicantBin, excludedReviewers: [] }) === 'applicant_organisation');
}
