import { CapabilityRecordV1, LocalizedTextV1 } from '@qaztech/contracts';
import { Language, negotiateLanguage } from '@qaztech/platform';
import { CapabilityVersionEntity } from './capability.entity';

/** Said beside every answer that holds an entry the operator has not yet confirmed or changed. */
export const ASSUMPTION_NOTICE: LocalizedTextV1 = {
  kk: 'Белгіленген жазбалар — платформа туралы жарияланған мәліметтерге негізделген болжам; оларды платформа операторы растауы немесе түзетуі тиіс.',
  ru: 'Отмеченные записи — допущение по открытым сведениям о платформе; их должен подтвердить или исправить оператор платформы.',
  en: 'Marked entries are an assumption from what is reported about the platform; the platform operator is to confirm or replace them.',
};

export interface CatalogueView<T> {
  /** The day the catalogue was read as of; null for the catalogue in force now. */
  asOf: string | null;
  items: T[];
  /** Present when some entry is still an assumption. */
  assumptionNotice?: LocalizedTextV1 | string;
}

export function catalogueView<T extends { assumption: boolean }>(items: T[], asOf: string | null, language?: Language): CatalogueView<T> {
  if (!items.some((item) => item.assumption)) return { asOf, items };
  return { asOf, items, assumptionNotice: language ? ASSUMPTION_NOTICE[language] : ASSUMPTION_NOTICE };
}

/**
 * The one language a public reader asked for, or null when the header names none of ours (it is
 * absent, or `*` as a browser's fetch sends): such a reader gets all three.
 */
export function askedLanguage(acceptLanguage: string | undefined): Language | null {
  if (!acceptLanguage || !/(^|,)\s*(kk|ru|en)(-[\w-]+)?\s*(;|,|$)/i.test(acceptLanguage)) return null;
  return negotiateLanguage(acceptLanguage);
}

/** An entry for the public in one language: the names and descriptions of the others left out. */
export interface LocalizedCapabilityView extends Omit<CapabilityRecordV1, 'names' | 'descriptions'> {
  language: Language;
  name: string;
  description: string;
}

export function localized(record: CapabilityRecordV1, language: Language): LocalizedCapabilityView {
  const { names, descriptions, ...rest } = record;
  return { ...rest, language, name: names[language], description: descriptions[language] };
}

export interface CapabilityVersionView {
  version: number;
  change: CapabilityVersionEntity['change'];
  recordedAt: string;
  recordedBy: { id: string; role: string; name: string | null };
  capability: CapabilityRecordV1;
}

export function versionView(row: CapabilityVersionEntity): CapabilityVersionView {
  const { id, role, name } = row.recordedBy;
  return {
    version: row.version,
    change: row.change,
    recordedAt: row.recordedAt.toISOString(),
    recordedBy: { id, role, name: name ?? null },
    capability: row.record,
  };
}
