import { deflateRawSync } from 'node:zlib';

/**
 * A DOCX-shaped archive ([Content_Types].xml, word/document.xml) whose `parts` further entries
 * each inflate to `partBytes` zeros: about a thousand times its own size, unpacked.
 */
export function docxZipBomb(parts: number, partBytes: number): Buffer {
  const zeros = deflateRawSync(Buffer.alloc(partBytes), { level: 9 });
  const entries = [
    { name: '[Content_Types].xml', raw: Buffer.from('<Types/>'), packed: deflateRawSync(Buffer.from('<Types/>')) },
    { name: 'word/document.xml', raw: Buffer.from('<w:document/>'), packed: deflateRawSync(Buffer.from('<w:document/>')) },
    ...Array.from({ length: parts }, (_, index) => ({ name: `word/media/part${index}.bin`, raw: undefined, packed: zeros })),
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'latin1');
    const size = entry.raw?.length ?? partBytes;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(entry.packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.packed);
    centrals.push(central, name);
    offset += local.length + name.length + entry.packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
