/** One spelling of an address a job-board fetch must never reach. */
export interface ForbiddenOrigin {
  name: string;
  /** `http://host:port`, the port being the test server's. */
  origin: string;
  /** Loopback in some spelling: allowed with JH_ALLOW_LOOPBACK, refused without it. */
  loopback: boolean;
}

/**
 * Every spelling the SSRF guard must see through, for tests that try each against a counting
 * server: IPv4-mapped IPv6 in the forms Node's URL parser writes, and the IPv6 forms that carry an
 * IPv4 address to a translator or tunnel (refused even when loopback is allowed).
 */
export function forbiddenOrigins(port: number): ForbiddenOrigin[] {
  const at = (name: string, host: string, loopback: boolean): ForbiddenOrigin => ({
    name,
    origin: `http://${host}:${port}`,
    loopback,
  });
  return [
    at('dotted loopback', '127.0.0.1', true),
    at('IPv6 loopback', '[::1]', true),
    at('localhost', 'localhost', true),
    at('mapped loopback, as typed', '[::ffff:127.0.0.1]', true),
    at('mapped loopback, as URL writes it', '[::ffff:7f00:1]', true),
    at('mapped loopback, long form', '[0:0:0:0:0:ffff:7f00:1]', true),
    at('metadata address', '169.254.169.254', false),
    at('mapped metadata address', '[::ffff:a9fe:a9fe]', false),
    at('mapped 10/8', '[::ffff:a00:1]', false),
    at('mapped 192.168/16', '[::ffff:c0a8:101]', false),
    at('IPv4-translated loopback', '[::ffff:0:7f00:1]', false),
    at('NAT64 loopback', '[64:ff9b::7f00:1]', false),
    at('6to4 loopback', '[2002:7f00:1::]', false),
    at('IPv4-compatible loopback', '[::7f00:1]', false),
    at('IPv4-compatible loopback, as typed', '[::127.0.0.1]', false),
  ];
}
