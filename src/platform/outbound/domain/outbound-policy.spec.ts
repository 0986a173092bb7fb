import { describe, expect, it } from 'vitest';
import {
  checkAddress,
  checkTargetUrl,
  DENY_ALL_PRIVATE,
  parseAllowList,
  parseTarget,
  type OutboundPolicy,
} from './outbound-policy';

const policy = (allow: string, allowPrivate = false): OutboundPolicy => {
  const { entries, errors } = parseAllowList(allow);
  expect(errors).toEqual([]);
  return { allowPrivate, allow: entries };
};

describe('checkTargetUrl without an allow-list', () => {
  it.each([
    ['http://127.0.0.1/', 'loopback'],
    ['http://127.1:8080/x', 'loopback'],
    ['http://2130706433/', 'loopback'],
    ['http://0x7f000001/', 'loopback'],
    ['http://0x7f.0.0.1/', 'loopback'],
    ['http://017700000001/', 'loopback'],
    ['http://0177.0.0.1/', 'loopback'],
    ['http://%31%32%37.0.0.1/', 'loopback'],
    ['http://[::1]/', 'loopback'],
    ['http://[::ffff:127.0.0.1]/', 'loopback'],
    ['http://[::ffff:7f00:1]/', 'loopback'],
    ['http://[::ffff:169.254.169.254]/latest/meta-data', 'link-local'],
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
    ['http://[fe80::1]/', 'link-local'],
    ['http://10.1.2.3/', 'private'],
    ['http://172.16.0.1/', 'private'],
    ['http://192.168.1.1/', 'private'],
    ['http://[fd00::1]/', 'unique-local'],
    ['http://[fc00::1]/', 'unique-local'],
    ['http://224.0.0.1/', 'multicast'],
    ['http://[ff02::1]/', 'multicast'],
    ['http://0.0.0.0/', 'unspecified'],
    ['http://0/', 'unspecified'],
    ['http://[::]/', 'unspecified'],
    ['http://100.64.0.1/', 'carrier-grade NAT'],
    ['http://[64:ff9b::7f00:1]/', 'reserved'],
    ['http://[2002:7f00:1::]/', 'reserved'],
    ['http://[::127.0.0.1]/', 'reserved'],
    ['http://localhost:3000/', 'loopback name'],
    ['http://LOCALHOST./', 'loopback name'],
    ['http://api.localhost/', 'loopback name'],
  ])('refuses %s (%s)', (url, kind) => {
    const verdict = checkTargetUrl(DENY_ALL_PRIVATE, url);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toContain(kind);
  });

  it.each([
    ['file:///etc/passwd', 'not file:'],
    ['gopher://example.com/', 'not gopher:'],
    ['ftp://example.com/', 'not ftp:'],
    ['javascript:alert(1)', 'not javascript:'],
    ['not a url', 'absolute http(s) URL'],
    ['https://user:pass@hooks.example.com/', 'credentials'],
  ])('refuses %s (%s)', (url, why) => {
    const verdict = checkTargetUrl(DENY_ALL_PRIVATE, url);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toContain(why);
  });

  it.each([
    'https://hooks.slack.com/services/T0/B0/XYZ',
    'https://outlook.office.com/webhook/abc',
    'http://8.8.8.8/',
    'https://[2606:4700::1111]/',
    'http://hooks.internal.example/',
  ])('lets %s through (names are checked again after DNS)', (url) => {
    expect(checkTargetUrl(DENY_ALL_PRIVATE, url).ok).toBe(true);
  });
});

describe('the allow-list', () => {
  it.each([
    ['127.0.0.0/8', 'http://127.0.0.1:4000/', true],
    ['127.0.0.1', 'http://127.0.0.1:4000/', true],
    ['127.0.0.1:4000', 'http://127.0.0.1:4000/', true],
    ['127.0.0.1:4000', 'http://127.0.0.1:4001/', false],
    ['127.0.0.1:80', 'http://127.0.0.1/', true],
    ['10.0.0.0/8', 'http://10.9.9.9/', true],
    ['10.0.0.0/8', 'http://192.168.0.1/', false],
    ['::1', 'http://[::1]:9/', true],
    ['[::1]:9', 'http://[::1]:9/', true],
    ['[::1]:9', 'http://[::1]:10/', false],
    ['::ffff:10.0.0.0/104', 'http://10.1.1.1/', true],
    ['10.0.0.0/8', 'http://[::ffff:10.1.1.1]/', true],
    ['localhost', 'http://localhost:4000/', true],
    ['localhost:4000', 'http://localhost:4001/', false],
    ['hooks.internal', 'http://HOOKS.internal./x', true],
    ['127.0.0.1', 'http://169.254.169.254/', false],
  ])('%s: %s allowed = %s', (allow, url, allowed) => {
    expect(checkTargetUrl(policy(allow), url).ok).toBe(allowed);
  });

  it('OUTBOUND_ALLOW_PRIVATE lets every address through, but never another scheme', () => {
    expect(checkTargetUrl(policy('', true), 'http://169.254.169.254/').ok).toBe(true);
    expect(checkTargetUrl(policy('', true), 'file:///etc/passwd').ok).toBe(false);
  });

  it.each(['10.0.0.0/33', 'bad host!', '127.0.0.1:0', '127.0.0.1:70000', 'fe80::/200', '[::1]x'])(
    'refuses the entry %s',
    (entry) => {
      const { entries, errors } = parseAllowList(entry);
      expect(entries).toEqual([]);
      expect(errors[0]).toContain(`"${entry}"`);
    },
  );

  it('parses several entries separated by commas', () => {
    expect(parseAllowList(' 127.0.0.0/8, ::1 ,hooks.internal:8443,').entries.map((e) => e.text)).toEqual([
      '127.0.0.0/8',
      '::1',
      'hooks.internal:8443',
    ]);
  });
});

describe('checkAddress: what a name resolved to', () => {
  const target = parseTarget('https://hooks.example.com/x').target!;

  it.each([
    ['127.0.0.1', false],
    ['169.254.169.254', false],
    ['::ffff:169.254.169.254', false],
    ['10.0.0.5', false],
    ['fd12::1', false],
    ['93.184.216.34', true],
    ['2606:2800:220:1::1', true],
  ])('%s → allowed = %s', (address, allowed) => {
    const verdict = checkAddress(DENY_ALL_PRIVATE, target, address);
    expect(verdict.ok).toBe(allowed);
    if (!verdict.ok) expect(verdict.reason).toContain('hooks.example.com (resolves to');
  });

  it('an allowed host name may resolve to a private address', () => {
    expect(checkAddress(policy('hooks.example.com'), target, '10.0.0.5').ok).toBe(true);
  });
});
