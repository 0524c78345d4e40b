import { createReadStream } from 'node:fs';
import { mkdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';

/** Where attachment bytes live. Local disk by default; an object store implements the same. */
export abstract class AttachmentStorage {
  /** A path for an upload in progress, on the same volume, so `commit` is a rename. */
  abstract temporaryPath(): Promise<string>;
  /** Moves a finished upload into place by its SHA-256 and returns the storage key. */
  abstract commit(temporaryPath: string, sha256: string): Promise<string>;
  abstract open(storageKey: string): Readable;
  abstract discard(temporaryPath: string): Promise<void>;
}

/**
 * Content-addressed files under STORAGE_DIR: `objects/ab/abcdef…`. The same document uploaded
 * twice is stored once, and a stored object never changes.
 */
export class LocalDirectoryStorage extends AttachmentStorage {
  private counter = 0;

  constructor(private readonly root: string) {
    super();
  }

  async temporaryPath(): Promise<string> {
    const directory = join(this.root, 'incoming');
    await mkdir(directory, { recursive: true });
    this.counter += 1;
    return join(directory, `${process.pid}-${Date.now()}-${this.counter}.part`);
  }

  async commit(temporaryPath: string, sha256: string): Promise<string> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('Invalid SHA-256');
    const key = `objects/${sha256.slice(0, 2)}/${sha256}`;
    const target = join(this.root, key);
    await mkdir(join(this.root, 'objects', sha256.slice(0, 2)), { recursive: true });
    const exists = await stat(target).then(
      () => true,
      () => false,
    );
    if (exists) await this.discard(temporaryPath);
    else await rename(temporaryPath, target);
    return key;
  }

  open(storageKey: string): Readable {
    if (!/^objects\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(storageKey)) throw new Error('Invalid storage key');
    return createReadStream(join(this.root, storageKey));
  }

  async discard(temporaryPath: string): Promise<void> {
    await unlink(temporaryPath).catch(() => undefined);
  }
}
