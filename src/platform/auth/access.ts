import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';

export const ACCESS = 'emporium:access';
export type Access = 'public' | 'admin';

/** Marks a route as reachable without authentication, on purpose. */
export const Public = () => SetMetadata(ACCESS, 'public' satisfies Access);

/**
 * Marks a route as reserved for administrators: one line per route. The
 * authentication guard enforces the mark; routes with no mark will require an
 * authenticated caller.
 */
export const AdminOnly = () =>
  applyDecorators(
    SetMetadata(ACCESS, 'admin' satisfies Access),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No valid bearer token.' }),
    ApiForbiddenResponse({ description: 'The caller is not an administrator.' }),
  );
