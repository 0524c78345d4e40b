import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { preparedQuery } from '@qaztech/platform';

/** Reads stored attachment bytes one chunk at a time. */
@Injectable()
export class AttachmentObjectQuery {
  constructor(private readonly dataSource: DataSource) {}

  async chunkCount(sha256: string): Promise<number | undefined> {
    const rows = await preparedQuery<{ chunks: number }>(
      this.dataSource,
      'intake-attachment-object-chunks',
      'SELECT chunks FROM intake.attachment_objects WHERE sha256 = $1',
      [sha256],
    );
    return rows[0]?.chunks;
  }

  async chunk(sha256: string, chunk: number): Promise<Buffer> {
    const rows = await preparedQuery<{ bytes: Buffer }>(
      this.dataSource,
      'intake-attachment-chunk',
      'SELECT bytes FROM intake.attachment_chunks WHERE sha256 = $1 AND chunk = $2',
      [sha256, chunk],
    );
    if (!rows[0]) throw new Error(`Attachment ${sha256} has no chunk ${chunk}`);
    return rows[0].bytes;
  }
}
