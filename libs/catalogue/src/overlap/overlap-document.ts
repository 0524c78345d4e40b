import { OverlapHitKind, PublishedDecisionRecord, RequestSubmittedV1 } from '@qaztech/contracts';
import { InventorySystemRecord } from '../inventory/inventory-file';
import { Glossary } from './glossary';
import { bilingual, BilingualText } from './text';

/**
 * One thing the overlap report can find, whatever it came from: an existing system, a request in
 * flight, or a published decision. The search index holds one row of these per thing.
 */
export interface OverlapDocument {
  kind: OverlapHitKind;
  ref: string;
  agencyBin: string | null;
  agencyName: string | null;
  label: string;
  titleKk: string;
  titleRu: string;
  body: BilingualText;
  functions: string[];
  dataObjects: string[];
  concepts: string[];
  /** A system still in the inventory, a request still in flight, a decision still standing. */
  active: boolean;
  details: Record<string, unknown>;
}

/** A vocabulary code (`vehicle_registration`); anything else in a code list is free text. */
const CODE = /^[a-z0-9][a-z0-9_.-]*$/;

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : [];
}

function codesAndText(values: string[]): { codes: string[]; text: string[] } {
  return { codes: values.filter((value) => CODE.test(value)), text: values.filter((value) => !CODE.test(value)) };
}

/** Concepts of both texts; data-object concepts count as data objects beside the declared codes. */
function indexed(glossary: Glossary, body: BilingualText, dataObjects: string[]): { concepts: string[]; dataObjects: string[] } {
  const concepts = [...new Set([...glossary.concepts(body.kk), ...glossary.concepts(body.ru)])];
  const objects = concepts.filter((id) => glossary.kinds.get(id) === 'data_object');
  return { concepts, dataObjects: [...new Set([...dataObjects, ...objects])] };
}

export function systemDocument(glossary: Glossary, record: InventorySystemRecord, active: boolean): OverlapDocument {
  const functions = codesAndText(record.functions);
  const objects = codesAndText(record.dataObjects);
  const body = bilingual({
    kk: [record.nameKk],
    ru: [record.nameRu],
    either: [record.description, ...functions.text, ...objects.text],
  });
  return {
    kind: 'system',
    ref: record.objectId,
    agencyBin: record.ownerBin,
    agencyName: record.ownerName,
    label: record.nameRu || record.nameKk,
    titleKk: record.nameKk,
    titleRu: record.nameRu,
    body,
    functions: functions.codes,
    ...indexed(glossary, body, objects.codes),
    active,
    details: { objectId: record.objectId, status: record.status, goLiveDate: record.goLiveDate, declaredDataObjects: objects.codes },
  };
}

/** The capabilities a request says the platform lacks, as its reasons name them (read defensively: older requests have none). */
export function claimedGaps(content: RequestSubmittedV1['content']): { capabilityId: string; gap: string }[] {
  const reasons = (content.justification?.reasons ?? []) as { capabilities?: unknown }[];
  return reasons.flatMap((reason) =>
    (Array.isArray(reason.capabilities) ? (reason.capabilities as Record<string, unknown>[]) : [])
      .filter((item) => typeof item?.capabilityId === 'string')
      .map((item) => ({ capabilityId: String(item.capabilityId), gap: typeof item.gap === 'string' ? item.gap : 'absent' })),
  );
}

export function requestDocument(glossary: Glossary, submitted: RequestSubmittedV1): OverlapDocument {
  const system = (submitted.content.system ?? {}) as Record<string, unknown>;
  const functions = codesAndText(strings(system.functions));
  const objects = codesAndText(strings(system.dataObjects));
  const note = typeof system.functionsNote === 'string' ? system.functionsNote : undefined;
  const body = bilingual({
    kk: [submitted.content.system?.titleKk],
    ru: [submitted.content.system?.titleRu],
    either: [submitted.content.system?.purpose, note, ...functions.text, ...objects.text],
  });
  const titleKk = submitted.content.system?.titleKk ?? '';
  const titleRu = submitted.content.system?.titleRu ?? '';
  return {
    kind: 'request',
    ref: submitted.requestId,
    agencyBin: submitted.agencyBin,
    agencyName: submitted.content.applicant?.nameRu ?? submitted.content.applicant?.nameKk ?? null,
    label: `${submitted.registrationNumber} ${titleRu || titleKk}`.trim(),
    titleKk,
    titleRu,
    body,
    functions: functions.codes,
    ...indexed(glossary, body, objects.codes),
    active: true,
    details: {
      registrationNumber: submitted.registrationNumber,
      version: submitted.version,
      declaredDataObjects: objects.codes,
      submittedAt: submitted.submittedAt,
      architectureObjectId: typeof system.architectureObjectId === 'string' ? system.architectureObjectId : null,
      claimedGaps: claimedGaps(submitted.content),
    },
  };
}

/**
 * A published decision as a precedent: the register's public record, with what the request it
 * decided said it does (its functions, data objects and purpose), when the catalogue heard it.
 */
export function decisionDocument(
  glossary: Glossary,
  record: PublishedDecisionRecord,
  decisionId: string,
  request: OverlapDocument | null,
): OverlapDocument {
  const body = bilingual({
    kk: [record.system.titleKk, request?.body.kk],
    ru: [record.system.titleRu, request?.body.ru],
  });
  const missing = (record as unknown as { capabilitiesFoundMissing?: unknown }).capabilitiesFoundMissing;
  const requestGaps = (request?.details.claimedGaps ?? []) as { capabilityId: string }[];
  return {
    kind: 'decision',
    ref: record.recordNumber,
    agencyBin: record.applicant.bin,
    agencyName: record.applicant.nameRu || record.applicant.nameKk,
    label: `${record.decisionNumber} ${record.system.titleRu || record.system.titleKk}`.trim(),
    titleKk: record.system.titleKk,
    titleRu: record.system.titleRu,
    body,
    functions: request?.functions ?? [],
    ...indexed(glossary, body, request?.dataObjects ?? []),
    active: true,
    details: {
      decisionId,
      decisionNumber: record.decisionNumber,
      recordNumber: record.recordNumber,
      registrationNumber: record.registrationNumber,
      outcome: record.outcome,
      decidedAt: record.decidedAt,
      publishedAt: record.publishedAt,
      capabilitiesFoundMissing: Array.isArray(missing) ? missing : requestGaps.map((gap) => gap.capabilityId),
      revoked: false,
      declaredDataObjects: request?.details.declaredDataObjects ?? [],
    },
  };
}
