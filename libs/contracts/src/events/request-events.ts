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
  system?: {
    titleKk?: string;
    titleRu?: string;
    titleEn?: string;
    purpose?: string;
    kind?: string;
    expectedUsers?: number;
    /** Codes of the state-functions vocabulary (`STATE_FUNCTIONS`). */
    functions?: string[];
    /** What the codes do not say, in the applicant's words. */
    functionsNote?: string;
    /** Codes of the data-objects vocabulary (`DATA_OBJECTS`). */
    dataObjects?: string[];
    /** The object's id in the Architecture portal's registry of informatization objects, when it has one. */
    architectureObjectId?: string;
    /** The state investment project's id, when the build passes that track. */
    investmentProjectId?: string;
  };
  justification?: {
    reasons?: ReasonV1[];
    alternativesAssessed?: { name?: string; whyItFails?: string }[];
  };
  data?: {
    categories?: string[];
    hosting?: { inKazakhstan?: boolean; location?: string };
    ai?: { used?: boolean; riskLevel?: string; description?: string };
  };
  budget?: {
    amountKzt?: string;
    fundingSource?: string;
    /** The applicant's estimate of building the same on QazTech, beside the bespoke build's `amountKzt`. */
    platformAlternativeKzt?: string;
  };
  timeline?: { plannedStart?: string; goLive?: string };
}

/** What a capability of the catalogue lacks for this system: nothing at all, or not enough. */
export const CAPABILITY_GAPS = ['absent', 'insufficient'] as const;
export type CapabilityGap = (typeof CAPABILITY_GAPS)[number];

/** One capability of the QazTech catalogue that a reason says cannot serve, and why. */
export interface CapabilityClaimV1 {
  /** The catalogue entry's id, e.g. `notifications`. */
  capabilityId: string;
  gap: CapabilityGap;
  /** For `insufficient`: the published limit that is not enough, e.g. "5 000 messages per second". */
  limit?: string;
  /** For `insufficient`: the figure the system needs, e.g. "70 000 messages per second". */
  needed?: string;
}

/** The load a performance reason rests on, beside the limit the capability publishes, in one unit. */
export interface LoadFiguresV1 {
  unit?: string;
  /** The system's peak load. */
  peak?: number;
  /** The limit the capability publishes in the catalogue. */
  publishedLimit?: number;
}

/** The evidence a reason carries; which fields a category needs is intake's rule (`EVIDENCE_BY_CATEGORY`). */
export interface ReasonEvidenceV1 {
  /** state_secrets: the reference of the act that classified the information. */
  classificationActRef?: string;
  /** dsp_data: the item of the official list of restricted (DSP) information. */
  dspListItem?: string;
  /** performance_or_scale: the load figures beside the capability's published limit. */
  load?: LoadFiguresV1;
  /** legal_mandate: the legal act's id as on adilet.zan.kz (`Z…` laws, `P…` decrees, `V…` orders). */
  legalActId?: string;
  /** special_hardware_or_network: the specification of the hardware or network. */
  specification?: string;
  /** international_obligations: the treaty. */
  treaty?: string;
}

/** One reason why QazTech cannot serve, the catalogue capabilities it concerns, and its evidence. */
export interface ReasonV1 {
  category?: string;
  explanation?: string;
  capabilities?: CapabilityClaimV1[];
  evidence?: ReasonEvidenceV1;
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
  /** The request form the draft follows, which decides what a submission needs; absent means 1. */
  formVersion?: number;
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
  /** The request form the version follows; absent means 1 (no capability claims, no typed evidence). */
  formVersion?: number;
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
