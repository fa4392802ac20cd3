import { Body, Controller, Header, HttpCode, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Authenticated, Caller, Public } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { SignInThrottle } from '../../../platform/auth/sign-in-throttle.js';
import type { IssuedToken } from '../../../platform/auth/tokens.js';
import { Clock } from '../../../platform/domain/index.js';
import { ProblemResponses } from '../../../platform/http/openapi.js';
import { RetryLater } from '../../../platform/http/problem.js';
import { RateLimit } from '../../../platform/http/rate-limits.js';
import { IssueTokenCommand } from '../application/issue-token/issue-token.command.js';
import { SignOutCommand } from '../application/sign-out/sign-out.command.js';
import { IssueTokenRequest, TokenResponse } from './dto/issue-token.request.js';

@ApiTags('customers')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly commands: CommandBus,
    private readonly throttle: SignInThrottle,
    private readonly clock: Clock,
  ) {}

  /**
   * Wrong passwords slow further attempts on the same account (SignInThrottle);
   * each client address is also limited per minute (@RateLimit).
   */
  @Public()
  @Post('token')
  @HttpCode(200)
  @RateLimit('sign-in')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Sign in: exchange e-mail and password for a bearer token' })
  @ApiOkResponse({ type: TokenResponse, description: 'A bearer token for the account.' })
  @ProblemResponses(
    'AUTH.INVALID_CREDENTIALS',
    'AUTH.SIGN_IN_THROTTLED',
    'REQUEST.RATE_LIMITED',
    'AUTH.BUSY',
  )
  async token(
    @Body() body: IssueTokenRequest,
    @Req() request: FastifyRequest,
  ): Promise<IssuedToken> {
    const account = body.email.trim().toLowerCase();
    const now = this.clock.now().getTime();
    const wait = this.throttle.waitFor(account, now);
    if (wait > 0) {
      request.log.warn({ wait }, 'sign-in refused: too many wrong passwords for the account');
      throw new RetryLater(
        429,
        'AUTH.SIGN_IN_THROTTLED',
        `Too many wrong passwords for this account: retry in ${wait} s`,
        wait,
      );
    }
    // Counted before the hash: concurrent guesses cannot all pass the check above.
    this.throttle.attempt(account, now);
    const issued = await this.commands.execute(new IssueTokenCommand(body.email, body.password));
    this.throttle.succeeded(account);
    return issued;
  }

  /** Signs the caller out everywhere: every token issued to them so far stops working. */
  @Authenticated()
  @Post('sign-out')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out everywhere: revoke every token issued to the caller' })
  @ApiNoContentResponse({ description: 'Every token of the caller is revoked.' })
  signOut(@Caller() caller: Principal): Promise<void> {
    return this.commands.execute(new SignOutCommand(caller.id));
  }
}
