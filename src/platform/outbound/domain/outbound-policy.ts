// Where Seam may send an HTTP request (channel targets, integrations' retry URLs). Pure: the caller
// resolves names; this decides on the URL and on each address a name resolved to.
import ipaddr from 'ipaddr.js';

/** One OUTBOUND_ALLOW entry: an address range or an exact host name, optionally for one port only. */
export type AllowEntry =
  | { kind: 'range'; range: [ipaddr.IPv4 | ipaddr.IPv6, number]; port?: number; text: string }
  | { kind: 'host'; host: string; port?: number; text: string };

export interface OutboundPolicy {
  /** OUTBOUND_ALLOW_PRIVATE: every address is fair game (a deployment wholly inside a private network) */
  allowPrivate: boolean;
  allow: readonly AllowEntry[];
}

export const DENY_ALL_PRIVATE: OutboundPolicy = { allowPrivate: false, allow: [] };

export type Verdict = { ok: true } | { ok: false; reason: string };

/** A parsed http(s) URL with what the checks need; `host` has no brackets and no trailing dot. */
export interface OutboundTarget {
  url: URL;
  host: string;
  port: number;
  /** the host as an address when the URL names one, normalised (IPv4-mapped IPv6 becomes IPv4) */
  literal?: ipaddr.IPv4 | ipaddr.IPv6;
}

const HOST_NAME = /^[a-z0-9]([a-z0-9-]{0,62})(\.[a-z0-9]([a-z0-9-]{0,62}))*$/;
// IPv6 global unicast is 2000::/3; everything outside it (IPv4-compatible ::a.b.c.d, ORCHID, …) is not the internet
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

/** "10.0.0.0/8, hooks.internal, 127.0.0.1:4000, [::1]:4000" → entries, or a line per bad entry. */
export function parseAllowList(text: string): { entries: AllowEntry[]; errors: string[] } {
  const entries: AllowEntry[] = [];
  const errors: string[] = [];
  for (const raw of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const entry = parseEntry(raw);
    if (entry) entries.push(entry);
    else
      errors.push(
        `OUTBOUND_ALLOW entry "${raw}" must be an address, a CIDR range or a host name, optionally with :port (IPv6 with a port in brackets: [::1]:8080)`,
      );
  }
  return { entries, errors };
}

function parseEntry(raw: string): AllowEntry | undefined {
  let hostPart = raw.toLowerCase();
  let portText: string | undefined;
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(hostPart);
  if (bracketed) [, hostPart, portText] = bracketed;
  else if ((hostPart.match(/:/g) ?? []).length === 1) [hostPart, portText] = hostPart.split(':');
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && !(Number.isInteger(port) && port >= 1 && port <= 65535)) return undefined;
  try {
    if (hostPart.includes('/')) {
      const [address, bits] = ipaddr.parseCIDR(hostPart);
      // ::ffff:10.0.0.0/104 is 10.0.0.0/8: addresses are compared after the same normalisation
      const mapped = address.kind() === 'ipv6' && bits >= 96 && normalise(address).kind() === 'ipv4';
      return { kind: 'range', range: mapped ? [normalise(address), bits - 96] : [address, bits], port, text: raw };
    }
    if (ipaddr.isValid(hostPart) && /^[0-9a-f.:]+$/.test(hostPart)) {
      const address = normalise(ipaddr.parse(hostPart));
      return { kind: 'range', range: [address, address.kind() === 'ipv4' ? 32 : 128], port, text: raw };
    }
  } catch {
    return undefined;
  }
  const host = hostPart.replace(/\.$/, '');
  return HOST_NAME.test(host) ? { kind: 'host', host, port, text: raw } : undefined;
}

/** IPv4-mapped IPv6 (::ffff:127.0.0.1) is the IPv4 address it maps: judged as that, never as "IPv6 unicast". */
function normalise(address: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 {
  return address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()
    ? (address as ipaddr.IPv6).toIPv4Address()
    : address;
}

/** Why an address is not on the public internet, or undefined when it is. */
export function internalRange(address: ipaddr.IPv4 | ipaddr.IPv6): string | undefined {
  const a = normalise(address);
  const range = a.range();
  if (range !== 'unicast') return range;
  if (a.kind() === 'ipv6' && !(a as ipaddr.IPv6).match(GLOBAL_UNICAST_V6)) return 'reserved';
  return undefined;
}

/** Parses the URL; only http and https, with a host. */
export function parseTarget(text: string): { target?: OutboundTarget; reason?: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { reason: 'must be an absolute http(s) URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { reason: `must be an http(s) URL, not ${url.protocol.replace(/:$/, '')}:` };
  // the WHATWG parser has already turned 2130706433, 0x7f.1 and 017700000001 into 127.0.0.1
  const host = url.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  if (!host) return { reason: 'must name a host' };
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  const literal = ipaddr.isValid(host) && /^[0-9a-f.:]+$/.test(host) ? normalise(ipaddr.parse(host)) : undefined;
  return { target: { url, host, port, literal } };
}

function allowedByEntry(policy: OutboundPolicy, target: OutboundTarget, address?: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  return policy.allow.some((entry) => {
    if (entry.port !== undefined && entry.port !== target.port) return false;
    if (entry.kind === 'host') return entry.host === target.host;
    return (
      address !== undefined &&
      address.kind() === entry.range[0].kind() &&
      address.match(entry.range as [ipaddr.IPv4, number])
    );
  });
}

/** One address the target's host resolved to (or is): refused when internal and not allowed. */
export function checkAddress(policy: OutboundPolicy, target: OutboundTarget, addressText: string): Verdict {
  if (!ipaddr.isValid(addressText))
    return { ok: false, reason: `${target.host} resolved to something that is not an address` };
  const address = normalise(ipaddr.parse(addressText));
  const range = internalRange(address);
  if (!range || policy.allowPrivate || allowedByEntry(policy, target, address)) return { ok: true };
  const named = target.literal ? target.host : `${target.host} (resolves to ${address.toString()})`;
  return {
    ok: false,
    reason: `${named} is a ${describe(range)} address, which outbound requests may not reach unless OUTBOUND_ALLOW or OUTBOUND_ALLOW_PRIVATE allows it`,
  };
}

/**
 * What can be decided without DNS: the scheme, an address in the URL, and names that always mean this
 * machine (RFC 6761 localhost). Everything else is checked again on each resolution at send time.
 */
export function checkTargetUrl(policy: OutboundPolicy, text: string): Verdict & { target?: OutboundTarget } {
  const { target, reason } = parseTarget(text);
  if (!target) return { ok: false, reason: reason! };
  if (target.url.username || target.url.password) return { ok: false, reason: 'must not carry credentials in the URL' };
  if (allowedByEntry(policy, target)) return { ok: true, target };
  if (target.literal) return { ...checkAddress(policy, target, target.literal.toString()), target };
  if (target.host === 'localhost' || target.host.endsWith('.localhost')) {
    const verdict = checkAddress(policy, { ...target, literal: ipaddr.parse('127.0.0.1') }, '127.0.0.1');
    return verdict.ok
      ? { ok: true, target }
      : {
          ok: false,
          reason: `${target.host} is a loopback name, which outbound requests may not reach unless OUTBOUND_ALLOW or OUTBOUND_ALLOW_PRIVATE allows it`,
        };
  }
  return { ok: true, target };
}

function describe(range: string): string {
  const words: Record<string, string> = {
    loopback: 'loopback',
    linkLocal: 'link-local',
    private: 'private',
    uniqueLocal: 'unique-local',
    multicast: 'multicast',
    unspecified: 'unspecified',
    broadcast: 'broadcast',
    carrierGradeNat: 'carrier-grade NAT',
    ipv4Mapped: 'IPv4-mapped',
    deprecatedSiteLocal: 'site-local',
  };
  return words[range] ?? `reserved (${range})`;
}
