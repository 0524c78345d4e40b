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
