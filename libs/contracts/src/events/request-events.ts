import { ActSignatureV1 } from './act-signature';
import { RequestStatus } from '../lifecycle/request-status';

/** The content of a request as the agency wrote it; every field optional while a draft. */
export interface RequestContentV1 {
  applicant?: {
    bin?: string;
    nameKk?: string;
    nameRu?: string;
    kind?: string;
    contactPerson?: { fullName?: string; position?: string; email?: string; phone?: string };
  };
  system?: { titleKk?: string; titleRu?: string; titleEn?: string; purpose?: string; kind?: string; expectedUsers?: number };
  justification?: {
    reasons?: { category?: string; explanation?: string }[];
    alternativesAssessed?: { name?: string; whyItFails?: string }[];
  };
  data?: {
    categories?: string[];
    hosting?: { inKazakhstan?: boolean; location?: string };
    ai?: { used?: boolean; riskLevel?: string; description?: string };
  };
  budget?: { amountKzt?: string; fundingSource?: string };
  timeline?: { plannedStart?: string; goLive?: string };
}

export interface AttachmentRefV1 {
  id: string;
  kind: string;
  language: string;
  classification: 'open' | 'dsp';
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

export interface RequestCreatedV1 {
  requestId: string;
  agencyBin: string;
  status: RequestStatus;
  content: RequestContentV1;
}

export interface RequestUpdatedV1 {
  requestId: string;
  version: number;
  /** Top-level sections that the edit touched. */
  changedSections: string[];
  content: RequestContentV1;
}

export interface AttachmentAddedV1 {
  requestId: string;
  version: number;
  attachment: AttachmentRefV1;
}

/** The frozen version, complete: review works from this snapshot alone. */
export interface RequestSubmittedV1 {
  requestId: string;
  agencyBin: string;
  registrationNumber: string;
  version: number;
  submittedAt: string;
  content: RequestContentV1;
  attachments: AttachmentRefV1[];
  /** The signatory's qualified signature over the frozen version, when signed. */
  signature?: ActSignatureV1;
}

export interface RequestWithdrawnV1 {
  requestId: string;
  registrationNumber: string | null;
  previousStatus: RequestStatus;
  reason: string;
}

export interface FieldRemarkV1 {
  field: string;
  remark: string;
}

/** Published by review when the secretariat sends a request back for revision. */
export interface RequestReturnedV1 {
  requestId: string;
  version: number;
  remarks: FieldRemarkV1[];
}
