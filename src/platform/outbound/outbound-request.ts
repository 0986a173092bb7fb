import { lookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { checkAddress, checkTargetUrl, type OutboundPolicy } from './domain/outbound-policy';

export type OutboundFailure = 'refused' | 'unreachable' | 'status';

/** Why a POST did not land: refused by the policy (before any connection), unreachable, or a non-2xx answer. */
export class OutboundError extends Error {
  constructor(
    readonly failure: OutboundFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export type Resolver = (host: string) => Promise<Array<{ address: string; family: number }>>;

const systemResolver: Resolver = (host) => lookup(host, { all: true, verbatim: true });

export interface OutboundPost {
  headers: Record<string, string>;
  body: string;
  policy: OutboundPolicy;
  timeoutMs: number;
  /** DNS, replaceable in tests */
  resolve?: Resolver;
}

/**
 * POSTs a body to a URL the policy allows. The name is resolved once, every address it resolves to is
 * checked, and the connection goes to the checked address (pinned through `lookup`), so a DNS answer
 * that changes between check and connect (rebinding) cannot slip an internal address in. Redirects are
 * never followed: a 3xx is a failure, and the signed body goes nowhere but the checked target.
 */
export async function postOutbound(url: string, post: OutboundPost): Promise<number> {
  const verdict = checkTargetUrl(post.policy, url);
  if (!verdict.ok || !verdict.target) throw new OutboundError('refused', verdict.ok ? 'not a URL' : verdict.reason);
  const target = verdict.target;
  let pinned: { address: string; family: number };
  if (target.literal) {
    pinned = { address: target.literal.toString(), family: target.literal.kind() === 'ipv4' ? 4 : 6 };
  } else {
    let addresses: Array<{ address: string; family: number }>;
    try {
      addresses = await (post.resolve ?? systemResolver)(target.host);
    } catch (error) {
      throw new OutboundError(
        'unreachable',
        `${target.host} does not resolve (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
    if (addresses.length === 0) throw new OutboundError('unreachable', `${target.host} does not resolve`);
    // every answer, not only the first: the OS or a retry could connect to any of them
    for (const { address } of addresses) {
      const check = checkAddress(post.policy, target, address);
      if (!check.ok) throw new OutboundError('refused', check.reason);
    }
    pinned = addresses[0];
  }
  const pin: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all)
      (callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const options: RequestOptions & { servername?: string } = {
    method: 'POST',
    hostname: target.host,
    port: target.port,
    path: `${target.url.pathname}${target.url.search}`,
    headers: { ...post.headers, 'content-length': String(Buffer.byteLength(post.body)) },
    lookup: pin,
    agent: false,
    signal: AbortSignal.timeout(post.timeoutMs),
    ...(target.literal ? {} : { servername: target.host }),
  };
  const status = await new Promise<number>((resolve, reject) => {
    const req = (target.url.protocol === 'https:' ? httpsRequest : httpRequest)(
      options,
      (response: IncomingMessage) => {
        // the answer's body is not ours to read: take the status and drop the connection
        response.destroy();
        resolve(response.statusCode ?? 0);
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new OutboundError(
          'unreachable',
          error.name === 'AbortError' || error.name === 'TimeoutError'
            ? `no answer within ${post.timeoutMs} ms`
            : (error.code ?? error.message),
        ),
      ),
    );
    req.end(post.body);
  });
  if (status >= 300 && status < 400)
    throw new OutboundError('status', `answered HTTP ${status}; redirects are not followed`, status);
  if (status < 200 || status >= 300) throw new OutboundError('status', `answered HTTP ${status}`, status);
  return status;
}
