import {
  SetMetadata,
  applyDecorators,
  createParamDecorator,
  type ExecutionContext,
} from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { ADMIN_ONLY } from '../http/openapi.js';
import type { Principal } from './principal.js';

export const ACCESS = 'emporium:access';
export type Access = 'public' | 'authenticated' | 'admin';

/** Marks a route as reachable without authentication, on purpose. */
export const Public = () => SetMetadata(ACCESS, 'public' satisfies Access);

/** Marks a route as open to any caller with a valid token (customers and administrators). */
export const Authenticated = () =>
  applyDecorators(SetMetadata(ACCESS, 'authenticated' satisfies Access), ApiBearerAuth('bearer'));

/** Marks a route as reserved for administrators: customers get 403. */
export const AdminOnly = () =>
  applyDecorators(
    SetMetadata(ACCESS, 'admin' satisfies Access),
    ApiBearerAuth('bearer'),
    ApiExtension(ADMIN_ONLY, true),
  );

/** The authenticated caller of the route (set by the access guard). */
export const Caller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    const principal = context.switchToHttp().getRequest<{ principal?: Principal }>().principal;
    if (!principal)
      throw new Error('@Caller() used on a route that is not @Authenticated() or @AdminOnly()');
    return principal;
  },
);
