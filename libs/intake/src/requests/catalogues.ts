/** Code lists of the request form. Codes are stable; labels belong to clients and the register. */
export const APPLICANT_KINDS = [
  'central_state_body',
  'local_executive_body',
  'national_holding_or_company',
  'state_enterprise',
  'other_quasi_state',
] as const;

export const SYSTEM_KINDS = ['new_system', 'new_module', 'development_of_existing'] as const;

export const REASON_CATEGORIES = [
  'state_secrets',
  'dsp_data',
  'special_hardware_or_network',
  'performance_or_scale',
  'legal_mandate',
  'integration_constraints',
  'international_obligations',
  'other',
] as const;

export const DATA_CATEGORIES = ['none', 'public_personal_data', 'restricted_personal_data', 'biometric', 'dsp', 'critical_ict'] as const;

/** Categories that the personal-data law requires to be hosted in Kazakhstan. */
export const PERSONAL_DATA_CATEGORIES: readonly string[] = ['public_personal_data', 'restricted_personal_data', 'biometric'];

export const AI_RISK_LEVELS = ['minimal', 'limited', 'high'] as const;

export const FUNDING_SOURCES = ['republican_budget', 'local_budget', 'own_funds', 'loan', 'grant', 'other'] as const;

export const ATTACHMENT_KINDS = ['feasibility_study', 'technical_specification', 'other'] as const;
export const DOCUMENT_LANGUAGES = ['kk', 'ru', 'en'] as const;
export const CLASSIFICATIONS = ['open', 'dsp'] as const;

/**
 * The request form a new draft follows. Version 2 asks, for each reason, the catalogue capabilities
 * it concerns and typed evidence, and of the system its functions, data objects and the cost of the
 * platform alternative. A draft keeps the version it was created with, so older drafts are judged
 * by the rules they were written under.
 */
export const CURRENT_FORM_VERSION = 2;

/**
 * The evidence each reason category must carry (paths inside `evidence`). Categories not named
 * here rest on their explanation and capability claims alone.
 */
export const EVIDENCE_BY_CATEGORY: Readonly<Record<(typeof REASON_CATEGORIES)[number], readonly string[]>> = {
  state_secrets: ['classificationActRef'],
  dsp_data: ['dspListItem'],
  special_hardware_or_network: ['specification'],
  performance_or_scale: ['load.unit', 'load.peak', 'load.publishedLimit'],
  legal_mandate: ['legalActId'],
  integration_constraints: [],
  international_obligations: ['treaty'],
  other: [],
};

/** Units a load figure is given in: the catalogue's throughput units, so it sits beside a published limit. */
export const LOAD_UNITS = [
  'requests_per_second',
  'messages_per_second',
  'transactions_per_day',
  'concurrent_users',
  'storage_terabytes',
] as const;

/**
 * A legal act's id as adilet.zan.kz gives it: laws `Z`, government decrees `P`, registered
 * ministerial orders `V`, then ten digits (`Z1500000418`), or nine and an underscore for older acts.
 */
export const LEGAL_ACT_ID = /^[ZPV](\d{10}|\d{9}_)$/;

/** A catalogue entry's id, as the catalogue forms them (`data-exchange`). */
export const CAPABILITY_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;

/**
 * National identifiers, formats assumed until the registries publish theirs: the Architecture
 * portal's object id is numeric; an investment project id is letters, digits and dashes.
 */
export const ARCHITECTURE_OBJECT_ID = /^\d{1,12}$/;
export const INVESTMENT_PROJECT_ID = /^[0-9A-Z][0-9A-Z-]{3,31}$/;
