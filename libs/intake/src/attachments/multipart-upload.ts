import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FastifyRequest } from 'fastify';
import { DomainError, ErrorCode, FieldErrorCode, MAX_UPLOAD_BYTES } from '@qaztech/platform';
import { AttachmentStorage } from './attachment-storage';
import { FileSample } from './document-type';
import { IntakeError, IntakeFieldError } from '../shared/intake-errors';

export interface ReceivedFile {
  temporaryPath: string;
  clientFileName: string | undefined;
  sha256: string;
  sizeBytes: number;
}

export interface ReceivedUpload {
  fields: Record<string, string>;
  file: ReceivedFile;
}

/**
 * Streams the one file of a multipart body to a temporary file while hashing it, and collects
 * the text fields, whatever their order. Any failure removes the temporary file: a refused
 * upload leaves nothing behind.
 */
export async function receiveUpload(request: FastifyRequest, storage: AttachmentStorage): Promise<ReceivedUpload> {
  if (!request.isMultipart()) throw new DomainError(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
  const fields: Record<string, string> = {};
  let file: ReceivedFile | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        fields[part.fieldname] = typeof part.value === 'string' ? part.value : String(part.value);
      } else if (part.fieldname !== 'file' || file) {
        part.file.resume();
        throw DomainError.validation([{ field: part.fieldname, code: FieldErrorCode.UNKNOWN_FIELD }]);
      } else {
        const temporaryPath = await storage.temporaryPath();
        file = { temporaryPath, clientFileName: part.filename, sha256: '', sizeBytes: 0 };
        const hash = createHash('sha256');
        const received = file;
        const measure = new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            hash.update(chunk);
            received.sizeBytes += chunk.length;
            callback(null, chunk);
          },
        });
        await pipeline(part.file, measure, createWriteStream(temporaryPath, { flags: 'wx' }));
        received.sha256 = hash.digest('hex');
      }
    }
  } catch (error) {
    if (file) await storage.discard(file.temporaryPath);
    throw translateUploadError(error);
  }
  if (!file) throw DomainError.validation([{ field: 'file', code: FieldErrorCode.REQUIRED }]);
  if (file.sizeBytes === 0) {
    await storage.discard(file.temporaryPath);
    throw DomainError.validation([{ field: 'file', code: FieldErrorCode.REQUIRED }]);
  }
  return { fields, file };
}

function translateUploadError(error: unknown): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    const limit = { maxMegabytes: MAX_UPLOAD_BYTES / 1024 / 1024 };
    return new DomainError(IntakeError.FILE_TOO_LARGE, [{ field: 'file', code: IntakeFieldError.FILE_TOO_LARGE, params: limit }], limit);
  }
  if (isMalformedMultipart(error)) return new DomainError(IntakeError.MALFORMED_UPLOAD);
  return error;
}

/**
 * The multipart parser reports a missing boundary or a truncated body as plain errors without a
 * code; file-system errors always carry one (ENOSPC, EACCES) and stay server errors.
 */
function isMalformedMultipart(error: unknown): boolean {
  if (!(error instanceof Error) || (error as { code?: string }).code !== undefined) return false;
  return /multipart|boundary|part header|unsupported content type/i.test(error.message);
}

const HEAD_BYTES = 64 * 1024;
const TAIL_BYTES = 256 * 1024;

/** Reads the start and the end of a stored file: enough to recognise its format. */
export async function sampleFile(path: string, size: number): Promise<FileSample> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    await handle.read(head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(TAIL_BYTES, size));
    await handle.read(tail, 0, tail.length, size - tail.length);
    return { head, tail, size };
  } finally {
    await handle.close();
  }
}
