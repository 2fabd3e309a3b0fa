import { isIPv4 } from 'node:net';
import type { AppConfig } from '@job-hunter/config';

/** Whether only this machine can reach `host`: an address in 127.0.0.0/8 or the name localhost. */
export function isLoopbackHost(host: string): boolean {
  return isIPv4(host) ? host.startsWith('127.') : host.toLowerCase() === 'localhost';
}

/**
 * Why the API must not start listening there, or undefined when it may: an address other
 * machines can reach needs JH_API_TOKEN, or run data would be open to the network.
 */
export function listenRefusal(api: Pick<AppConfig['api'], 'host' | 'token'>): string | undefined {
  if (api.token !== undefined || isLoopbackHost(api.host)) return undefined;
  return (
    `JH_API_HOST ${api.host} can be reached from other machines, so the API needs JH_API_TOKEN: ` +
    'set it to a long random secret (every route but health, metrics and /docs then asks for it), ' +
    'or listen on 127.0.0.1.'
  );
}
