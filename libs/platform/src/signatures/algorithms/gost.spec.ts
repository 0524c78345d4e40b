import { GOST_TEST_CURVES, gostGenerateKeyPair, gostSign, gostVerify, gostVerifyDigestNumber, streebog } from './gost';

/** Numbers as the standards print them: big-endian hex. */
const bigEndian = (hex: string) => new Uint8Array(Buffer.from(hex.replace(/\s+/g, ''), 'hex'));
const littleEndian = (hex: string) => bigEndian(hex).reverse();
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

describe('GOST R 34.11-2012 (Streebog), the examples of RFC 6986 section 10', () => {
  // The standard writes messages and digests as numbers; the bytes hashed are their reverse.
  const m1 = littleEndian(
    '323130393837363534333231303938373635343332313039383736353433323130393837363534333231303938373635343332313039383736353433323130',
  );
  const m2 = littleEndian(
    'fbe2e5f0eee3c820fbeafaebef20fffbf0e1e0f0f520e0ed20e8ece0ebe5f0f2f120fff0eeec20f120faf2fee5e2202ce8f6f3ede220e8e6eee1e8f0f2d1202ce8f0f2e5e220e5d1',
  );

  it.each([
    [
      'M1, 512 bits',
      m1,
      512,
      '486f64c1917879417fef082b3381a4e211c324f074654c38823a7b76f830ad00fa1fbae42b1285c0352f227524bc9ab16254288dd6863dccd5b9f54a1ad0541b',
    ],
    ['M1, 256 bits', m1, 256, '00557be5e584fd52a449b16b0251d05d27f94ab76cbaa6da890b59d8ef1e159d'],
    [
      'M2, 512 bits',
      m2,
      512,
      '28fbc9bada033b1460642bdcddb90c3fb3e56c497ccd0f62b8a2ad4935e85f037613966de4ee00531ae60f3b5a47f8dae06915d5f2f194996fcabf2622e6881e',
    ],
    ['M2, 256 bits', m2, 256, '508f7e553c06501d749a66fc28c6cac0b005746d97537fa85d9e40904efed29d'],
  ] as const)('%s', (_name, message, size, expected) => {
    expect(Buffer.from(streebog(message, size)).toString('hex')).toBe(Buffer.from(littleEndian(expected)).toString('hex'));
  });
});

describe('GOST R 34.10-2012, the signature examples of RFC 7091 section 7', () => {
  const examples = [
    {
      name: '256-bit key on the test curve',
      curve: GOST_TEST_CURVES.size256,
      qx: '7F2B49E270DB6D90D8595BEC458B50C58585BA1D4E9B788F6689DBD8E56FD80B',
      qy: '26F1B489D6701DD185C8413A977B3CBBAF64D1C593D26627DFFB101A87FF77DA',
      e: '2DFBC1B372D89A1188C09C52E0EEC61FCE52032AB1022E8E67ECE6672B043EE5',
      r: '41AA28D2F1AB148280CD9ED56FEDA41974053554A42767B83AD043FD39DC0493',
      s: '01456C64BA4642A1653C235A98A60249BCD6D3F746B631DF928014F6C5BF9C40',
    },
    {
      name: '512-bit key on the test curve',
      curve: GOST_TEST_CURVES.size512,
      qx: '115DC5BC96760C7B48598D8AB9E740D4C4A85A65BE33C1815B5C320C854621DD5A515856D13314AF69BC5B924C8B4DDFF75C45415C1D9DD9DD33612CD530EFE1',
      qy: '37C7C90CD40B0F5621DC3AC1B751CFA0E2634FA0503B3D52639F5D7FB72AFD61EA199441D943FFE7F0C70A2759A3CDB84C114E1F9339FDF27F35ECA93677BEEC',
      e: '3754F3CFACC9E0615C4F4A7C4D8DAB531B09B6F9C170C533A71D147035B0C5917184EE536593F4414339976C647C5D5A407ADEDB1D560C4FC6777D2972075B8C',
      r: '2F86FA60A081091A23DD795E1E3C689EE512A3C82EE0DCC2643C78EEA8FCACD35492558486B20F1C9EC197C90699850260C93BCBCD9C5C3317E19344E173AE36',
      s: '1081B394696FFE8E6585E7A9362D26B6325F56778AADBC081C0BFBE933D52FF5823CE288E8C4F362526080DF7F70CE406A6EEB1F56919CB92A9853BDE73E5B4A',
    },
  ];

  describe.each(examples)('$name', (example) => {
    const publicKey = concat(littleEndian(example.qx), littleEndian(example.qy));
    const signature = concat(bigEndian(example.s), bigEndian(example.r));

    it('accepts the published signature', () => {
      expect(gostVerifyDigestNumber(example.curve, publicKey, signature, bigEndian(example.e))).toBe(true);
    });

    it('refuses it when one bit of r, of s or of the digest changes', () => {
      const flipped = (bytes: Uint8Array, at: number) => Uint8Array.from(bytes, (byte, index) => (index === at ? byte ^ 1 : byte));
      const half = signature.length / 2;
      expect(gostVerifyDigestNumber(example.curve, publicKey, flipped(signature, 3), bigEndian(example.e))).toBe(false);
      expect(gostVerifyDigestNumber(example.curve, publicKey, flipped(signature, half + 3), bigEndian(example.e))).toBe(false);
      expect(gostVerifyDigestNumber(example.curve, publicKey, signature, flipped(bigEndian(example.e), 7))).toBe(false);
    });
  });
});

describe('GOST signing used by the development signer', () => {
  it.each(['1.2.643.2.2.35.1', '1.2.643.7.1.2.1.2.1'])('round-trips on curve %s and refuses other bytes', (curve) => {
    const keys = gostGenerateKeyPair(curve);
    const data = new TextEncoder().encode('decision 2026-17');
    const signature = gostSign(curve, keys.privateKey, data);
    expect(gostVerify(curve, keys.publicKey, signature, data)).toBe(true);
    expect(gostVerify(curve, keys.publicKey, signature, new TextEncoder().encode('decision 2026-18'))).toBe(false);
  });
});
