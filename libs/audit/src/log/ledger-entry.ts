import { isUtf8 } from 'node:buffer';
import { hash, randomBytes } from 'node:crypto';
import { canonicalJson } from '../../../platform/src/util/canonical-json';

/**
 * The ledger's leaf, version 1: the JCS bytes of this object. It names the event and commits to
 * its payload through a salted hash, so the payload can be erased later without breaking the
 * tree, and links to the request's previous leaf so a request's history cannot be reordered.
 */
export interface LedgerLeafV1 {
  v: 1;
  origin: string;
  eventId: string;
  type: string;
  source: string;
  sourceSequence: number;
  requestId: string | null;
  actor: { id: string; role: string; agencyBin: string | null };
  occurredAt: string;
  payloadCommitment: string;
  previousRequestLeaf: string | null;
}

export type LedgerLeafFields = Omit<LedgerLeafV1, 'v'>;

export class LedgerLeafError extends Error {
  override name = 'LedgerLeafError';
}

export const SALT_SIZE = 32;
const LEAF_KEYS = [
  'actor',
  'eventId',
  'occurredAt',
  'origin',
  'payloadCommitment',
  'previousRequestLeaf',
  'requestId',
  'source',
  'sourceSequence',
  'type',
  'v',
];
const ACTOR_KEYS = ['agencyBin', 'id', 'role'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEX_HASH = /^[0-9a-f]{64}$/;
// Field ranges in the pattern instead of Date.parse, which costs more than the rest of decoding.
const ISO_TIME =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A fresh random salt for {@link payloadCommitment}. */
export function newSalt(): Buffer {
  return randomBytes(SALT_SIZE);
}

/** `count` fresh salts from one call to the random source: appending a batch asks for many. */
export function newSalts(count: number): Buffer[] {
  const bytes = randomBytes(SALT_SIZE * count);
  return Array.from({ length: count }, (_, index) => bytes.subarray(index * SALT_SIZE, (index + 1) * SALT_SIZE));
}

/** Hex SHA-256(salt ‖ JCS(payloadDocument)); the salt keeps an erased payload from being guessed back. */
export function payloadCommitment(salt: Uint8Array, payloadDocument: unknown): string {
  if (salt.length !== SALT_SIZE) throw new LedgerLeafError(`salt must be ${SALT_SIZE} bytes`);
  return hash('sha256', Buffer.concat([salt, Buffer.from(canonicalJson(payloadDocument), 'utf8')]), 'hex');
}

/** The leaf bytes for these fields; throws on anything a verifier would refuse. */
export function encodeLeaf(fields: LedgerLeafFields): Buffer {
  const leaf: LedgerLeafV1 = {
    v: 1,
    origin: fields.origin,
    eventId: fields.eventId,
    type: fields.type,
    source: fields.source,
    sourceSequence: fields.sourceSequence,
    requestId: fields.requestId,
    actor: { id: fields.actor.id, role: fields.actor.role, agencyBin: fields.actor.agencyBin },
    occurredAt: fields.occurredAt,
    payloadCommitment: fields.payloadCommitment,
    previousRequestLeaf: fields.previousRequestLeaf,
  };
  const problem = leafProblem(leaf);
  if (problem) throw new LedgerLeafError(problem);
  return Buffer.from(canonicalLeafText(leaf), 'utf8');
}

/** Strict inverse of {@link encodeLeaf}: the bytes must be exactly what encodeLeaf would produce. */
export function decodeLeaf(bytes: Uint8Array): LedgerLeafV1 {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isUtf8(buffer)) throw new LedgerLeafError('leaf is not UTF-8');
  const text = buffer.toString('utf8');
  const quick = decodePlainLeaf(text);
  if (quick) return quick;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new LedgerLeafError('leaf is not JSON');
  }
  const problem = leafProblem(value);
  if (problem) throw new LedgerLeafError(problem);
  if (canonicalLeafText(value as LedgerLeafV1) !== text) throw new LedgerLeafError('leaf is not in canonical form');
  return value as LedgerLeafV1;
}

// The canonical text of a leaf whose strings need no escaping, field by field in JCS order. A
// match is canonical by construction and passes every check of leafProblem, so the verifier can
// skip JSON.parse and re-serialization for almost every entry; anything else takes the full path.
const PLAIN_TEXT = '"([^"\\\\\\u0000-\\u001f]+)"';
const PLAIN_LEAF = new RegExp(
  '^\\{"actor":\\{"agencyBin":(?:null|' +
    PLAIN_TEXT +
    '),"id":' +
    PLAIN_TEXT +
    ',"role":' +
    PLAIN_TEXT +
    '\\},' +
    '"eventId":"(' +
    UUID.source.slice(1, -1) +
    ')","occurredAt":"(' +
    ISO_TIME.source.slice(1, -1) +
    ')",' +
    '"origin":' +
    PLAIN_TEXT +
    ',"payloadCommitment":"([0-9a-f]{64})","previousRequestLeaf":(?:null|"([0-9a-f]{64})"),' +
    '"requestId":(?:null|' +
    PLAIN_TEXT +
    '),"source":' +
    PLAIN_TEXT +
    ',"sourceSequence":(0|[1-9][0-9]{0,15}),' +
    '"type":' +
    PLAIN_TEXT +
    ',"v":1\\}$',
);

function decodePlainLeaf(text: string): LedgerLeafV1 | undefined {
  const match = PLAIN_LEAF.exec(text);
  if (!match) return undefined;
  const [, agencyBin, id, role, eventId, occurredAt, origin, payloadCommitment, previous, requestId, source, sequence, type] = match;
  const sourceSequence = Number(sequence);
  if (!Number.isSafeInteger(sourceSequence) || (previous !== undefined && requestId === undefined)) return undefined;
  return {
    v: 1,
    origin: origin!,
    eventId: eventId!,
    type: type!,
    source: source!,
    sourceSequence,
    requestId: requestId ?? null,
    actor: { id: id!, role: role!, agencyBin: agencyBin ?? null },
    occurredAt: occurredAt!,
    payloadCommitment: payloadCommitment!,
    previousRequestLeaf: previous ?? null,
  };
}

/**
 * JCS of a leaf already checked by leafProblem, written out for its fixed shape (keys in JCS
 * order) because the verifier does this for every entry; the tests hold it equal to canonicalJson.
 */
export function canonicalLeafText(leaf: LedgerLeafV1): string {
  const { actor } = leaf;
  return (
    `{"actor":{"agencyBin":${q(actor.agencyBin)},"id":${q(actor.id)},"role":${q(actor.role)}},"eventId":${q(leaf.eventId)},` +
    `"occurredAt":${q(leaf.occurredAt)},"origin":${q(leaf.origin)},"payloadCommitment":${q(leaf.payloadCommitment)},` +
    `"previousRequestLeaf":${q(leaf.previousRequestLeaf)},"requestId":${q(leaf.requestId)},"source":${q(leaf.source)},` +
    `"sourceSequence":${canonicalJson(leaf.sourceSequence)},"type":${q(leaf.type)},"v":1}`
  );
}

// Most strings need no escaping at all; those are quoted directly and the rest go through JCS.
const PLAIN = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

function q(value: string | null): string {
  return value !== null && PLAIN.test(value) ? `"${value}"` : canonicalJson(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasExactKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  let count = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (!keys.includes(key)) return false;
    count += 1;
  }
  return count === keys.length;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function leafProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'leaf is not an object';
  if (value.v !== 1) return `unknown leaf version ${String(value.v)}`;
  if (!hasExactKeys(value, LEAF_KEYS)) return 'leaf fields are missing or unknown';
  if (!isText(value.origin)) return 'origin must be a non-empty string';
  if (typeof value.eventId !== 'string' || !UUID.test(value.eventId)) return 'eventId must be a lowercase UUID';
  if (!isText(value.type) || !isText(value.source)) return 'type and source must be non-empty strings';
  if (!Number.isSafeInteger(value.sourceSequence) || (value.sourceSequence as number) < 0)
    return 'sourceSequence must be a non-negative integer';
  if (value.requestId !== null && !isText(value.requestId)) return 'requestId must be a non-empty string or null';
  const actorProblem = actorProblemOf(value.actor);
  if (actorProblem) return actorProblem;
  if (typeof value.occurredAt !== 'string' || !ISO_TIME.test(value.occurredAt)) return 'occurredAt must be an ISO 8601 time';
  if (typeof value.payloadCommitment !== 'string' || !HEX_HASH.test(value.payloadCommitment))
    return 'payloadCommitment must be a hex SHA-256';
  return previousLeafProblem(value.requestId, value.previousRequestLeaf);
}

function actorProblemOf(actor: unknown): string | undefined {
  if (!isRecord(actor) || !hasExactKeys(actor, ACTOR_KEYS)) return 'actor must have exactly id, role and agencyBin';
  if (!isText(actor.id) || !isText(actor.role)) return 'actor id and role must be non-empty strings';
  if (actor.agencyBin !== null && !isText(actor.agencyBin)) return 'actor agencyBin must be a non-empty string or null';
  return undefined;
}

function previousLeafProblem(requestId: unknown, previous: unknown): string | undefined {
  if (previous === null) return undefined;
  if (typeof previous !== 'string' || !HEX_HASH.test(previous)) return 'previousRequestLeaf must be a hex leaf hash or null';
  if (requestId === null) return 'previousRequestLeaf must be null when requestId is null';
  return undefined;
}
