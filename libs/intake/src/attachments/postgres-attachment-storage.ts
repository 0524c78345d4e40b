import { open as openFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AttachmentObjectQuery } from './attachment-object.query';
import { AttachmentObjectRepository } from './attachment-object.repository';
import { AttachmentStorage, LocalDirectoryStorage } from './attachment-storage';
import { inTransaction } from '@qaztech/platform';

/** Chunks of 1 MiB: a 20 MB document is 20 rows, and no statement carries more than this. */
export const CHUNK_BYTES = 1024 * 1024;
const KEY = /^pg:([0-9a-f]{64})$/;

/**
 * Attachment bytes in intake's schema (ATTACHMENTS_STORE=postgres, the default): every replica
 * reads what any one stored. An upload is received into a local temporary file first (the
 * checks need its bytes; a failed upload leaves no row), then copied in one transaction, chunk
 * by chunk. Keys stored before, by the local directory (`objects/…`), are still read from it.
 */
export class PostgresAttachmentStorage extends AttachmentStorage {
  constructor(
    private readonly dataSource: DataSource,
    private readonly objects: AttachmentObjectRepository,
    private readonly reader: AttachmentObjectQuery,
    /** Scratch for uploads in progress, and the store of keys written before. */
    private readonly local: LocalDirectoryStorage,
  ) {
    super();
  }

  temporaryPath(): Promise<string> {
    return this.local.temporaryPath();
  }

  async commit(temporaryPath: string, sha256: string): Promise<string> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('Invalid SHA-256');
    try {
      const { size } = await stat(temporaryPath);
      const chunks = Math.ceil(size / CHUNK_BYTES);
      await inTransaction(this.dataSource, async (manager) => {
        if (!(await this.objects.claim(manager, sha256, size, chunks))) return;
        const file = await openFile(temporaryPath, 'r');
        try {
          for (let chunk = 0; chunk < chunks; chunk += 1) {
            const buffer = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, size - chunk * CHUNK_BYTES));
            await file.read(buffer, 0, buffer.length, chunk * CHUNK_BYTES);
            await this.objects.addChunk(manager, sha256, chunk, buffer);
          }
        } finally {
          await file.close();
        }
      });
      return `pg:${sha256}`;
    } finally {
      await this.local.discard(temporaryPath);
    }
  }

  open(storageKey: string): Readable {
    const sha256 = KEY.exec(storageKey)?.[1];
    if (!sha256) return this.local.open(storageKey);
    const reader = this.reader;
    return Readable.from(
      (async function* chunks() {
        const count = await reader.chunkCount(sha256);
        if (count === undefined) throw new Error(`Attachment ${sha256} is not stored`);
        for (let chunk = 0; chunk < count; chunk += 1) yield await reader.chunk(sha256, chunk);
      })(),
      { objectMode: false },
    );
  }

  discard(temporaryPath: string): Promise<void> {
    return this.local.discard(temporaryPath);
  }
}
