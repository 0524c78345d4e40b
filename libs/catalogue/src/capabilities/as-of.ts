import { CapabilityRecordV1 } from '@qaztech/contracts';

/** Kazakhstan keeps one time zone, UTC+5, since 1 March 2024: a day of the catalogue is Astana's day. */
const ASTANA_OFFSET = '+05:00';

/**
 * The instant a catalogue "as of" a date is read at: the end of that day in Astana, so that a
 * change made during the day is in the catalogue of that day.
 */
export function endOfAstanaDay(date: string): Date {
  const start = new Date(`${date}T00:00:00${ASTANA_OFFSET}`);
  return new Date(start.getTime() + 24 * 60 * 60 * 1000 - 1);
}

/**
 * The catalogue as it stood at `instant`, from stored versions in any order: for each entry its
 * latest version recorded by then, without the entries retired by then, ordered by id.
 */
export function catalogueAsOf(versions: readonly CapabilityRecordV1[], instant: Date): CapabilityRecordV1[] {
  const latest = new Map<string, CapabilityRecordV1>();
  for (const version of versions) {
    if (new Date(version.recordedAt).getTime() > instant.getTime()) continue;
    const known = latest.get(version.id);
    if (!known || version.version > known.version) latest.set(version.id, version);
  }
  return [...latest.values()].filter((record) => !record.retired).sort((a, b) => a.id.localeCompare(b.id));
}
