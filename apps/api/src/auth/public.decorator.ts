import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';

export const IS_PUBLIC = 'jobHunter:public';

/**
 * A controller or route anyone may call without the API token: the health probes and
 * Prometheus' /metrics (contract section 7). The OpenAPI document shows it without the lock.
 * Files served outside Nest's router (the OpenAPI UI at /docs, express.static files) never
 * reach the token guard, so they need no mark.
 */
export const Public = (): ClassDecorator & MethodDecorator =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiSecurity({}));
