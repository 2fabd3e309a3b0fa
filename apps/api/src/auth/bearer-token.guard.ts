import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@job-hunter/config';
import { IS_PUBLIC } from './public.decorator';

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Every route asks for `Authorization: Bearer JH_API_TOKEN` unless it is @Public(). The token is
 * compared in constant time: both sides are hashed to 32 bytes first, so neither the content nor
 * the length of a wrong guess changes the time. Without JH_API_TOKEN (possible only on a loopback
 * address, see listen-address.ts) every route is open.
 */
@Injectable()
export class BearerTokenGuard implements CanActivate {
  private readonly expected?: Buffer;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly reflector: Reflector,
  ) {
    this.expected = config.api.token === undefined ? undefined : sha256(config.api.token);
  }

  canActivate(context: ExecutionContext): boolean {
    if (this.expected === undefined) return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const given = bearerToken(context.switchToHttp().getRequest<IncomingMessage>().headers.authorization);
    if (given !== undefined && timingSafeEqual(sha256(given), this.expected)) return true;
    // No detail: a missing, malformed and wrong token look the same.
    throw new UnauthorizedException();
  }
}

/** The token of an `Authorization: Bearer TOKEN` header (scheme in any case), or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer +(\S+) *$/i.exec(header ?? '')?.[1];
}
