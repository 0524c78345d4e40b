import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { preparedQuery } from '@qaztech/platform';

/** Stored attachment bytes: an object per content and its chunks, written once. */
@Injectable()
export class AttachmentObjectRepository {
  /**
   * Claims the content's row; false when it is stored already (or is being stored by a
   * concurrent upload, whose commit this waits for), so its chunks are not written twice.
   */
  async claim(manager: EntityManager, sha256: string, sizeBytes: number, chunks: number): Promise<boolean> {
    const inserted = await preparedQuery(
      manager,
      'intake-attachment-object-claim',
      `INSERT INTO intake.attachment_objects (sha256, size_bytes, chunks) VALUES ($1, $2, $3)
       ON CONFLICT (sha256) DO NOTHING RETURNING sha256`,
      [sha256, sizeBytes, chunks],
    );
    return inserted.length > 0;
  }

  async addChunk(manager: EntityManager, sha256: string, chunk: number, bytes: Buffer): Promise<void> {
    await preparedQuery(
      manager,
      'intake-attachment-chunk-add',
      'INSERT INTO intake.attachment_chunks (sha256, chunk, bytes) VALUES ($1, $2, $3)',
      [sha256, chunk, bytes],
    );
  }
}
