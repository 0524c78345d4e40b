/** Whether QazTech offers a capability: now, from a planned date, or not at all. */
export const CAPABILITY_STATUSES = ['available', 'planned', 'not_planned'] as const;
export type CapabilityStatus = (typeof CAPABILITY_STATUSES)[number];

/** The kinds of data a capability may hold, from open data to state secrets. */
export const DATA_CLASSES = ['open', 'personal', 'restricted', 'state_secret'] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

/** Units a published throughput is given in, so a request's load figure can be set beside it. */
export const THROUGHPUT_UNITS = [
  'requests_per_second',
  'messages_per_second',
  'transactions_per_day',
  'concurrent_users',
  'storage_terabytes',
] as const;
export type ThroughputUnit = (typeof THROUGHPUT_UNITS)[number];

export const CAPABILITY_CATEGORIES = [
  'self_service',
  'source_and_delivery',
  'code_quality_and_security',
  'secrets',
  'observability',
  'environments',
  'shared_services',
] as const;
export type CapabilityCategory = (typeof CAPABILITY_CATEGORIES)[number];

export interface LocalizedTextV1 {
  kk: string;
  ru: string;
  en: string;
}

/** What the operator publishes as the capability's limits; a request's claims are judged against them. */
export interface CapabilityLimitsV1 {
  dataClasses: DataClass[];
  certificationLevel: string | null;
  throughput: { value: number; unit: ThroughputUnit } | null;
  /** Limits without a field of their own, by name. */
  other: Record<string, string>;
}

/** One version of a catalogue entry, whole: every event carries it, so the ledger alone can rebuild the catalogue. */
export interface CapabilityRecordV1 {
  /** Stable slug, e.g. `gitlab`. */
  id: string;
  version: number;
  category: CapabilityCategory;
  names: LocalizedTextV1;
  descriptions: LocalizedTextV1;
  status: CapabilityStatus;
  /** The date a planned capability is expected; null unless planned. */
  plannedFor: string | null;
  availableSince: string | null;
  limits: CapabilityLimitsV1;
  owner: string;
  /** True while the entry is the seed's assumption, not yet confirmed or changed by the operator. */
  assumption: boolean;
  retired: boolean;
  recordedAt: string;
}

export interface CapabilityCreatedV1 {
  capability: CapabilityRecordV1;
  /** Created from the seed data on a fresh start, not by a person. */
  seeded: boolean;
}

export interface CapabilityUpdatedV1 {
  capability: CapabilityRecordV1;
  changedFields: string[];
}

export interface CapabilityStatusChangedV1 {
  capability: CapabilityRecordV1;
  from: CapabilityStatus;
  to: CapabilityStatus;
}

export interface CapabilityRetiredV1 {
  capability: CapabilityRecordV1;
  reason: string;
}
