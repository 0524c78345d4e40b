/**
 * RFC 8785 (JSON Canonicalization Scheme): one byte sequence per JSON value, so that hashes and
 * signatures over JSON do not depend on key order, whitespace or number spelling.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) throw new TypeError('canonicalJson: undefined is not a JSON value');
  return serialize(value, '$');
}

/** The UTF-8 bytes of {@link canonicalJson}. */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), 'utf8');
}

function serialize(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return serializeNumber(value, path);
    case 'string':
      return serializeString(value, path);
    case 'object':
      return serializeObject(value, path);
    default:
      throw new TypeError(`canonicalJson: ${typeof value} at ${path} is not a JSON value`);
  }
}

function serializeNumber(value: number, path: string): string {
  if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} at ${path} is not a JSON number`);
  // ECMAScript Number::toString is exactly the serialization RFC 8785 §3.2.2.3 prescribes; -0 becomes "0".
  return Object.is(value, -0) ? '0' : String(value);
}

// A lone surrogate has no UTF-8 encoding, so it could not survive the byte form (RFC 8785 §3.2.2.2).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function serializeString(value: string, path: string): string {
  // JSON.stringify escapes exactly what RFC 8785 §3.2.2.2 asks: ", \, and controls below U+0020,
  // with the short forms \b \t \n \f \r and lowercase \u00xx otherwise; everything else is literal.
  // It writes a lone surrogate as \udxxx, so only then is the slower exact test needed.
  const json = JSON.stringify(value);
  if (json.includes('\\ud') && LONE_SURROGATE.test(value)) throw new TypeError(`canonicalJson: string at ${path} holds a lone surrogate`);
  return json;
}

function serializeObject(value: object, path: string): string {
  const json = (value as { toJSON?: unknown }).toJSON;
  if (typeof json === 'function') return serialize((json as () => unknown).call(value), path);
  if (Array.isArray(value)) return serializeArray(value, path);
  // Compared structurally rather than against Object.prototype, so plain objects made in
  // another realm (a vm context, structuredClone under a test runner) still count as plain.
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== null && (Object.getPrototypeOf(prototype) !== null || Object.prototype.toString.call(value) !== '[object Object]')) {
    throw new TypeError(`canonicalJson: ${value.constructor?.name ?? 'object'} at ${path} is not a plain object`);
  }
  const record = value as Record<string, unknown>;
  // Default sort compares UTF-16 code units, which is the order RFC 8785 §3.2.3 requires.
  const keys = Object.keys(record).sort();
  let members = '';
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    members += `${members.length === 0 ? '' : ','}${serializeString(key, path)}:${serialize(member, path + '.' + key)}`;
  }
  return `{${members}}`;
}

function serializeArray(value: readonly unknown[], path: string): string {
  const items: string[] = [];
  for (let index = 0; index < value.length; index += 1) {
    const item = value[index];
    if (item === undefined) throw new TypeError(`canonicalJson: undefined at ${path}[${index}] is not a JSON value`);
    items.push(serialize(item, `${path}[${index}]`));
  }
  return `[${items.join(',')}]`;
}
