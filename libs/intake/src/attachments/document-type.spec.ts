import { crc32, deflateRawSync, deflateSync } from 'node:zlib';
import { DocumentType, FileSample, MEDIA_TYPES, detectDocumentType } from './document-type';

const HEAD_WINDOW = 64 * 1024;
const TAIL_WINDOW = 256 * 1024;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const ALL_TYPES: ReadonlyArray<DocumentType | undefined> = [...(Object.keys(MEDIA_TYPES) as DocumentType[]), undefined];

/** Samples a whole in-memory file the way the upload pipeline does. */
function sampleOf(file: Buffer): FileSample {
  return {
    head: file.subarray(0, HEAD_WINDOW),
    tail: file.subarray(Math.max(0, file.length - TAIL_WINDOW)),
    size: file.length,
  };
}

interface ZipEntrySpec {
  name: string;
  data: string | Buffer;
  method?: number;
  flags?: number;
}

/** Writes a valid ZIP: local headers (+ data descriptors when flagged), central directory, EOCD. */
function buildZip(entries: ZipEntrySpec[], comment: Buffer = Buffer.alloc(0)): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
    const method = entry.method ?? METHOD_STORED;
    const flags = entry.flags ?? 0;
    const packed = method === METHOD_DEFLATE ? deflateRawSync(raw) : raw;
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(raw);
    const deferred = (flags & FLAG_DATA_DESCRIPTOR) !== 0;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x0021, 12); // 1980-01-01, the earliest valid DOS date
    local.writeUInt32LE(deferred ? 0 : crc, 14);
    local.writeUInt32LE(deferred ? 0 : packed.length, 18);
    local.writeUInt32LE(deferred ? 0 : raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(deferred ? 16 : 0);
    if (deferred) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(packed.length, 8);
      descriptor.writeUInt32LE(raw.length, 12);
    }
    locals.push(local, name, packed, descriptor);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0x0021, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length + descriptor.length;
  }
  const directory = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  eocd.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, directory, eocd, comment]);
}

const CONTENT_TYPES_XML =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';
const RELS_XML = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';
const xml = (name: string, body: string): ZipEntrySpec => ({ name, data: body, method: METHOD_DEFLATE });

const docxEntries = (): ZipEntrySpec[] => [
  xml('[Content_Types].xml', CONTENT_TYPES_XML),
  xml('_rels/.rels', RELS_XML),
  xml('word/document.xml', '<w:document><w:body><w:p><w:r><w:t>Exemption</w:t></w:r></w:p></w:body></w:document>'),
];

const xlsxEntries = (): ZipEntrySpec[] => [
  xml('[Content_Types].xml', CONTENT_TYPES_XML),
  xml('_rels/.rels', RELS_XML),
  xml('xl/workbook.xml', '<workbook><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
  xml('xl/_rels/workbook.xml.rels', RELS_XML),
  xml('xl/worksheets/sheet1.xml', '<worksheet><sheetData/></worksheet>'),
];

const odfEntries = (mimetype: string): ZipEntrySpec[] => [
  { name: 'mimetype', data: mimetype },
  xml('META-INF/manifest.xml', '<manifest:manifest/>'),
  xml('content.xml', '<office:document-content/>'),
];

function pngChunk(type: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(data.length, 0);
  header.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([header.subarray(4), data])), 0);
  return Buffer.concat([header, data, crc]);
}

function buildPng(): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]); // 1x1, 8-bit RGB
  const pixels = deflateSync(Buffer.from([0, 0xff, 0, 0])); // filter byte + one red pixel
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', pixels),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0', 'latin1'),
  Buffer.from([0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]),
]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');

/** mulberry32: tiny deterministic PRNG so fuzz failures are reproducible. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('MEDIA_TYPES', () => {
  it('maps every type to its registered media type and cannot be mutated', () => {
    expect(MEDIA_TYPES).toEqual({
      pdf: 'application/pdf',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      odt: 'application/vnd.oasis.opendocument.text',
      png: 'image/png',
      jpeg: 'image/jpeg',
    });
    expect(Object.isFrozen(MEDIA_TYPES)).toBe(true);
  });
});

describe('detectDocumentType', () => {
  describe('accepted types', () => {
    it.each<[DocumentType, () => Buffer]>([
      ['pdf', () => PDF],
      ['png', buildPng],
      ['jpeg', () => JPEG],
      ['docx', () => buildZip(docxEntries())],
      ['xlsx', () => buildZip(xlsxEntries())],
      ['odt', () => buildZip(odfEntries('application/vnd.oasis.opendocument.text'))],
    ])('detects %s from its content', (expected, build) => {
      expect(detectDocumentType(sampleOf(build()))).toBe(expected);
    });

    it('finds OOXML parts through the central directory even when they lie beyond the head window', () => {
      const filler: ZipEntrySpec = { name: 'word/media/image1.png', data: Buffer.alloc(100 * 1024, 7) };
      const file = buildZip([filler, ...docxEntries()]);
      expect(detectDocumentType(sampleOf(file))).toBe('docx');
    });

    it('ignores a fake EOCD signature inside the archive comment', () => {
      const comment = Buffer.concat([Buffer.from('PK\x05\x06', 'latin1'), Buffer.alloc(30, 0x78)]);
      expect(detectDocumentType(sampleOf(buildZip(docxEntries(), comment)))).toBe('docx');
    });
  });

  describe('refused content', () => {
    it.each<[string, Buffer]>([
      ['a ZIP with word/document.xml but no [Content_Types].xml', buildZip([xml('word/document.xml', '<w:document/>')])],
      ['a ZIP with xl/workbook.xml but no [Content_Types].xml', buildZip([xml('xl/workbook.xml', '<workbook/>')])],
      ['a plain ZIP', buildZip([{ name: 'readme.txt', data: 'hello' }, xml('data/report.xml', '<r/>')])],
      ['an ODS spreadsheet', buildZip(odfEntries('application/vnd.oasis.opendocument.spreadsheet'))],
      ['an ODT mimetype with a trailing newline', buildZip(odfEntries('application/vnd.oasis.opendocument.text\n'))],
      [
        'an ODT whose mimetype entry is compressed',
        buildZip([{ ...odfEntries('application/vnd.oasis.opendocument.text')[0], method: METHOD_DEFLATE }]),
      ],
      [
        'an ODT whose mimetype entry is not first',
        buildZip([xml('content.xml', '<x/>'), { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }]),
      ],
      ['a macro-enabled Word file (.docm) named .docx', buildZip([...docxEntries(), { name: 'word/vbaProject.bin', data: 'VBA' }])],
      [
        'a macro-enabled Excel file (.xlsm)',
        buildZip([
          xml('[Content_Types].xml', '<Types/>'),
          xml('xl/workbook.xml', '<workbook/>'),
          { name: 'xl/vbaProject.bin', data: 'VBA' },
        ]),
      ],
      ['a polyglot that is both DOCX and XLSX', buildZip([...docxEntries(), xml('xl/workbook.xml', '<workbook/>')])],
      [
        'a part name that only starts like word/document.xml',
        buildZip([...docxEntries().slice(0, 2), xml('word/document.xml.bak', '<x/>')]),
      ],
      ['a part name differing only in case', buildZip([...docxEntries().slice(0, 2), xml('Word/Document.xml', '<x/>')])],
      ['an EXE', Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.alloc(58), Buffer.from('PE\0\0', 'latin1')])],
      ['an HTML page', Buffer.from('<!DOCTYPE html><html><body>%PDF-1.7</body></html>', 'utf8')],
      ['an empty file', Buffer.alloc(0)],
      ['a truncated PDF header', Buffer.from('%PD', 'latin1')],
      ['a PNG signature without an IHDR chunk', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])],
      ['a lone JPEG marker prefix', Buffer.from([0xff, 0xd8])],
    ])('refuses %s', (_label, file) => {
      expect(detectDocumentType(sampleOf(file))).toBeUndefined();
    });
  });

  describe('central directory out of reach', () => {
    it('detects a DOCX through the local-header walk when the tail window holds only the EOCD', () => {
      const file = buildZip(docxEntries());
      expect(detectDocumentType({ head: file, tail: file.subarray(file.length - 22), size: file.length })).toBe('docx');
    });

    it('detects a DOCX through the local-header walk when the file is larger than the windows', () => {
      const file = buildZip(docxEntries());
      const tail = file.subarray(file.length - 64);
      expect(detectDocumentType({ head: file, tail, size: file.length + 10 * 1024 * 1024 })).toBe('docx');
    });

    it('refuses when the parts are beyond the head window and the directory is unreachable', () => {
      const filler: ZipEntrySpec = { name: 'word/media/image1.png', data: Buffer.alloc(100 * 1024, 7) };
      const file = buildZip([filler, ...docxEntries()]);
      const sample = { head: file.subarray(0, HEAD_WINDOW), tail: file.subarray(file.length - 22), size: file.length };
      expect(detectDocumentType(sample)).toBeUndefined();
    });

    it('stops the walk at a data-descriptor entry instead of guessing where the next header is', () => {
      const entries = [{ ...xml('docProps/app.xml', '<Properties/>'), flags: FLAG_DATA_DESCRIPTOR }, ...docxEntries()];
      const file = buildZip(entries);
      const unreachable = { head: file, tail: file.subarray(file.length - 22), size: file.length };
      expect(detectDocumentType(unreachable)).toBeUndefined();
      expect(detectDocumentType(sampleOf(file))).toBe('docx');
    });
  });

  describe('hostile ZIP structures', () => {
    const eocdOf = (file: Buffer): number => file.length - 22;

    it('survives an EOCD whose directory offset points outside the file', () => {
      const file = Buffer.from(buildZip(docxEntries()));
      file.writeUInt32LE(0xfffff000, eocdOf(file) + 16);
      expect(['docx', undefined]).toContain(detectDocumentType(sampleOf(file)));
    });

    it('survives an EOCD whose directory size runs past the file', () => {
      const file = Buffer.from(buildZip(docxEntries()));
      file.writeUInt32LE(0x7fffffff, eocdOf(file) + 12);
      expect(['docx', undefined]).toContain(detectDocumentType(sampleOf(file)));
    });

    it('refuses a central directory that claims more entries than it holds', () => {
      const file = Buffer.from(buildZip(docxEntries()));
      file.writeUInt16LE(0xfffe, eocdOf(file) + 10);
      expect(detectDocumentType(sampleOf(file))).toBeUndefined();
    });

    it('refuses a central header whose name length runs past the directory', () => {
      const file = Buffer.from(buildZip(docxEntries()));
      const directoryStart = file.readUInt32LE(eocdOf(file) + 16);
      file.writeUInt16LE(0xffff, directoryStart + 28);
      expect(detectDocumentType(sampleOf(file))).toBeUndefined();
    });

    it('stops the local walk at a name that runs past the head window', () => {
      const file = Buffer.from(buildZip(docxEntries()));
      file.writeUInt16LE(0xffff, 26);
      expect(detectDocumentType({ head: file, tail: file.subarray(file.length - 22), size: file.length })).toBeUndefined();
    });

    it('refuses a DOCX whose entries claim to unpack past the bound (a zip bomb), by its directory or its local headers', () => {
      const file = Buffer.from(buildZip(docxEntries()));
      const directoryStart = file.readUInt32LE(eocdOf(file) + 16);
      file.writeUInt32LE(0xf0000000, directoryStart + 24);
      expect(detectDocumentType(sampleOf(file))).toBeUndefined();
      const local = Buffer.from(buildZip(docxEntries()));
      local.writeUInt32LE(0xf0000000, 22);
      expect(detectDocumentType({ head: local, tail: local.subarray(local.length - 22), size: local.length })).toBeUndefined();
    });

    it('returns undefined for inconsistent sample sizes', () => {
      const file = buildZip(docxEntries());
      for (const size of [-1, 0, 10, Number.NaN, Number.POSITIVE_INFINITY, 1.5]) {
        expect(['docx', undefined]).toContain(detectDocumentType({ head: file, tail: file, size }));
      }
    });
  });

  describe('fuzzing', () => {
    const random = seededRandom(0x5eed);
    const randomInt = (max: number): number => Math.floor(random() * max);
    const randomBytes = (length: number): Buffer => Buffer.from(Array.from({ length }, () => randomInt(256)));
    const expectSafe = (sample: FileSample): void => {
      expect(() => detectDocumentType(sample)).not.toThrow();
      expect(ALL_TYPES).toContain(detectDocumentType(sample));
    };

    it('never throws on random garbage, including garbage that starts like a ZIP', () => {
      const prefixes = [Buffer.alloc(0), Buffer.from('PK\x03\x04', 'latin1')];
      for (let round = 0; round < 400; round++) {
        const body = randomBytes(randomInt(2048));
        const eocd = round % 3 === 0 ? Buffer.concat([Buffer.from('PK\x05\x06', 'latin1'), randomBytes(18)]) : Buffer.alloc(0);
        const file = Buffer.concat([prefixes[round % 2], body, eocd]);
        expectSafe(sampleOf(file));
        expectSafe({ head: file, tail: file.subarray(randomInt(file.length + 1)), size: randomInt(file.length * 2 + 1) });
      }
    });

    it('never throws on corrupted copies of valid archives', () => {
      const originals = [buildZip(docxEntries()), buildZip(xlsxEntries()), buildZip(odfEntries(MEDIA_TYPES.odt))];
      for (let round = 0; round < 600; round++) {
        const file = Buffer.from(originals[round % originals.length]);
        for (let flips = 1 + randomInt(8); flips > 0; flips--) file[randomInt(file.length)] = randomInt(256);
        const cut = round % 4 === 0 ? file.subarray(0, randomInt(file.length + 1)) : file;
        expectSafe(sampleOf(cut));
      }
    });
  });
});
