/**
 * Who is calling, for rate limits (issue 9.6). `next start` keeps an X-Forwarded-For that the client
 * sent (it only fills the header in when it is missing), so that header is whatever an attacker
 * likes. Our server (scripts/serve.ts) decides the address from the TCP socket instead, believing
 * forwarded headers only from TRUSTED_PROXIES, and hands it to the app in a header whose name is
 * random per process: a client can neither know nor forge it. No server-only here: the server
 * script imports it too.
 */
import net from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The environment variable that carries the per-process header name from the server to the app. */
export const CLIENT_ADDRESS_HEADER_ENV = 'KAI_CLIENT_ADDRESS_HEADER';

/** "10.0.0.1, 192.168.0.0/16, ::1" as a BlockList; throws on an entry that is neither. */
export function parseTrustedProxies(list: string): net.BlockList {
  const blocks = new net.BlockList();
  for (const entry of list
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address = '', bits] = entry.split('/');
    const type = net.isIP(address);
    if (!type) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const family = type === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) blocks.addAddress(address, family);
    else {
      const prefix = Number(bits);
      if (!/^\d+$/.test(bits) || prefix > (type === 4 ? 32 : 128))
        throw new Error(`TRUSTED_PROXIES: "${entry}" has a bad prefix length`);
      blocks.addSubnet(address, prefix, family);
    }
  }
  return blocks;
}

/** "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) as "10.0.0.1". */
function plain(address: string): string {
  return address.startsWith('::ffff:') && net.isIPv4(address.slice(7)) ? address.slice(7) : address;
}

function trusted(address: string, proxies: net.BlockList): boolean {
  const type = net.isIP(address);
  return type !== 0 && proxies.check(address, type === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy, in which case the
 * X-Forwarded-For entries are walked from the right (the hop nearest us) past trusted proxies to
 * the first address that is not one. Entries further left were written by the client: never read.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  proxies: net.BlockList,
): string {
  let client = plain(socketAddress ?? '') || 'unknown';
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((h) => plain(h.trim()))
    .filter(Boolean)
    .reverse();
  for (const hop of hops) {
    if (!trusted(client, proxies)) break;
    // A trusted proxy that forwards garbage: the proxy itself is the best we know.
    if (!net.isIP(hop)) break;
    client = hop;
  }
  return client;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/**
 * Wraps a Node request handler so that every request carries the resolved client address in the
 * header `headerName`, overwriting whatever the client sent under that name.
 */
export function withClientAddress(
  handle: Handler,
  proxies: net.BlockList,
  headerName: string,
): Handler {
  const name = headerName.toLowerCase();
  return (req, res) => {
    req.headers[name] = resolveClientAddress(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for'],
      proxies,
    );
    return handle(req, res);
  };
}
