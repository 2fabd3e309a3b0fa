import { UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AppConfig } from '@job-hunter/config';
import { BearerTokenGuard, bearerToken } from './bearer-token.guard';
import { Public } from './public.decorator';

const TOKEN = 'tok-3f9a-long-random';

class Guarded {
  route(): string {
    return 'closed';
  }
}

@Public()
class OpenController {
  route(): string {
    return 'open';
  }
}

class MixedController {
  @Public()
  open(): string {
    return 'open';
  }

  closed(): string {
    return 'closed';
  }
}

function context(controller: new () => object, handler: string, authorization?: string): ExecutionContext {
  const method = (controller.prototype as Record<string, () => string>)[handler];
  return {
    getClass: () => controller,
    getHandler: () => method,
    switchToHttp: () => ({ getRequest: () => ({ headers: authorization === undefined ? {} : { authorization } }) }),
  } as unknown as ExecutionContext;
}

function guard(token: string | undefined): BearerTokenGuard {
  return new BearerTokenGuard({ api: { token } } as AppConfig, new Reflector());
}

describe('BearerTokenGuard', () => {
  it('lets the right token through, in any case of the scheme', () => {
    expect(guard(TOKEN).canActivate(context(Guarded, 'route', `Bearer ${TOKEN}`))).toBe(true);
    expect(guard(TOKEN).canActivate(context(Guarded, 'route', `bearer ${TOKEN}`))).toBe(true);
  });

  it.each([
    ['no header', undefined],
    ['a wrong token', 'Bearer tok-3f9a-long-randoX'],
    ['the token with something after it', `Bearer ${TOKEN}x`],
    ['a prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`],
    ['another scheme', `Basic ${TOKEN}`],
    ['the token alone', TOKEN],
    ['an empty bearer', 'Bearer '],
  ])('refuses %s with a bare 401', (_what, header) => {
    const refused = catchError(() => guard(TOKEN).canActivate(context(Guarded, 'route', header)));
    expect(refused).toBeInstanceOf(UnauthorizedException);
    expect(refused?.message).toBe('Unauthorized');
  });

  it('opens @Public() controllers and routes without a token, and only them', () => {
    expect(guard(TOKEN).canActivate(context(OpenController, 'route'))).toBe(true);
    expect(guard(TOKEN).canActivate(context(MixedController, 'open'))).toBe(true);
    expect(() => guard(TOKEN).canActivate(context(MixedController, 'closed'))).toThrow(UnauthorizedException);
  });

  it('opens every route when no token is configured (loopback only)', () => {
    expect(guard(undefined).canActivate(context(Guarded, 'route'))).toBe(true);
    expect(guard(undefined).canActivate(context(Guarded, 'route', 'Bearer anything'))).toBe(true);
  });
});

describe('bearerToken', () => {
  it('reads the token of a bearer header, tolerating spaces around it', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('Bearer   abc ')).toBe('abc');
    expect(bearerToken('Bearer a b')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});

function catchError(work: () => unknown): Error | undefined {
  try {
    work();
    return undefined;
  } catch (e) {
    return e as Error;
  }
}
