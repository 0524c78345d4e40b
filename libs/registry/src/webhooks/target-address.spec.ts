import { checkTarget, isPrivateAddress, parseTargetUrl } from './target-address';

describe('webhook target addresses', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.5',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fd00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '::127.0.0.1',
    '::7f00:1',
    '::8.8.8.8',
    '2002:7f00:1::1',
    '2002:808:808::1',
    '64:ff9b::7f00:1',
    '64:ff9b::8.8.8.8',
    '64:ff9b:1::a00:1',
    '2001:0:4136:e378:8000:63bf:3fff:fdd2',
    '192.0.2.10',
    '198.51.100.7',
    '203.0.113.200',
    '2001:db8::1',
    '100::1',
    'not-an-address',
  ])('refuses %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each([
    '8.8.8.8',
    '95.59.1.1',
    '2a00:1450:4001::1',
    '::ffff:8.8.8.8',
    '::ffff:808:808',
    '2001:4860:4860::8888',
    '192.0.3.1',
    '203.0.114.1',
  ])('accepts the public %s', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it.each(['ftp://example.kz/hook', 'javascript:alert(1)', 'https://user:pass@example.kz/hook', 'not a url', '/relative'])(
    'refuses the URL %s',
    (raw) => {
      expect(parseTargetUrl(raw)).toBeNull();
    },
  );

  it('tells an unusable URL, a private literal address and a public one apart', async () => {
    expect(await checkTarget('gopher://example.kz', false)).toBe('INVALID_URL');
    expect(await checkTarget('http://127.0.0.1:8080/hook', false)).toBe('PRIVATE_ADDRESS');
    expect(await checkTarget('http://[::1]/hook', false)).toBe('PRIVATE_ADDRESS');
    expect(await checkTarget('http://localhost/hook', false)).toBe('PRIVATE_ADDRESS');
    expect(await checkTarget('https://8.8.8.8/hook', false)).toBeNull();
    expect(await checkTarget('http://127.0.0.1:8080/hook', true)).toBeNull();
  });
});
