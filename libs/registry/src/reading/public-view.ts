import { SimilarDecisionV1 } from '@qaztech/contracts';
import { PublishedDecisionView } from './register.query';

export interface PublicRecordLinks {
  self: string;
  jwks: string;
  correctionOf: string | null;
  supersededBy: string | null;
}

/** A record as the JSON API answers it: the view plus where to find its neighbours and keys. */
export type PublicRecordBody = PublishedDecisionView & { links: PublicRecordLinks };

export const recordPath = (recordNumber: string): string => `/public/decisions/${encodeURIComponent(recordNumber)}`;

export function withLinks(view: PublishedDecisionView): PublicRecordBody {
  return {
    ...view,
    links: {
      self: recordPath(view.record.recordNumber),
      jwks: '/public/jwks.json',
      correctionOf: view.record.correctionOf === null ? null : recordPath(view.record.correctionOf),
      supersededBy: view.supersededBy === null ? null : recordPath(view.supersededBy),
    },
  };
}

/**
 * Similar published decisions beside a record, each with its link: public precedents only, found
 * by the catalogue among the register's own records (automated, method named by the catalogue).
 */
export function withSimilar<T extends PublicRecordBody>(
  body: T,
  similar: readonly SimilarDecisionV1[],
): T & { similarDecisions: (SimilarDecisionV1 & { href: string })[] } {
  return { ...body, similarDecisions: similar.map((item) => ({ ...item, href: recordPath(item.recordNumber) })) };
}
