import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminOnly, Authenticated, Caller, Public } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import type { IssuedToken } from '../../../platform/auth/tokens.js';
import { Idempotent } from '../../../platform/http/idempotency/idempotent.decorator.js';
import { ProblemResponses } from '../../../platform/http/openapi.js';
import { RateLimit } from '../../../platform/http/rate-limits.js';
import { ChangePasswordCommand } from '../application/change-password/change-password.command.js';
import { DisableCustomerCommand } from '../application/disable-customer/disable-customer.command.js';
import { AddAddressCommand } from '../application/add-address/add-address.command.js';
import {
  type CustomerProfileView,
  GetProfileQuery,
} from '../application/get-profile/get-profile.query.js';
import { RegisterCustomerCommand } from '../application/register-customer/register-customer.command.js';
import { UpgradeToPremiumCommand } from '../application/upgrade-to-premium/upgrade-to-premium.command.js';
import { AddressRequest, AddressResponse } from './dto/address.dto.js';
import { ChangePasswordRequest } from './dto/change-password.request.js';
import { TokenResponse } from './dto/issue-token.request.js';
import { ProfileResponse } from './dto/profile.response.js';
import { RegisterCustomerRequest } from './dto/register-customer.request.js';
import { CustomersDatabase } from '../infrastructure/customers.database.js';

@ApiTags('customers')
@Controller('api/customers')
export class CustomersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Public()
  @Post()
  @Idempotent(CustomersDatabase)
  @RateLimit('registration')
  @ApiCreatedResponse({
    type: ProfileResponse,
    description: 'Registered; `Location` names the profile.',
  })
  @ProblemResponses(400, 409, 429)
  async register(
    @Body() body: RegisterCustomerRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerProfileView> {
    const { id } = await this.commands.execute(
      new RegisterCustomerCommand(body.email, body.name, body.password),
    );
    void reply.header('location', '/api/customers/me');
    return this.queries.execute(new GetProfileQuery(id));
  }

  @Authenticated()
  @Get('me')
  @ApiOkResponse({ type: ProfileResponse })
  me(@Caller() caller: Principal): Promise<CustomerProfileView> {
    return this.queries.execute(new GetProfileQuery(caller.id));
  }

  @Authenticated()
  @Post('me/addresses')
  @Idempotent(CustomersDatabase)
  @ApiCreatedResponse({ type: AddressResponse })
  @ProblemResponses(400, 422)
  addAddress(@Caller() caller: Principal, @Body() body: AddressRequest) {
    return this.commands.execute(new AddAddressCommand(caller.id, body));
  }

  @AdminOnly()
  @Post(':id/premium')
  @HttpCode(200)
  @ApiOkResponse({ type: ProfileResponse })
  @ProblemResponses(400, 404, 409)
  async upgradeToPremium(
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<CustomerProfileView> {
    await this.commands.execute(new UpgradeToPremiumCommand(id));
    return this.queries.execute(new GetProfileQuery(id));
  }

  /** Needs the current password; every other token of the caller stops working. */
  @Authenticated()
  @Post('me/password')
  @HttpCode(200)
  @RateLimit('sign-in')
  @Header('cache-control', 'no-store')
  @ApiOkResponse({ type: TokenResponse, description: 'Changed; a new token for the caller.' })
  @ProblemResponses(400, 429)
  changePassword(
    @Caller() caller: Principal,
    @Body() body: ChangePasswordRequest,
  ): Promise<IssuedToken> {
    return this.commands.execute(
      new ChangePasswordCommand(caller.id, body.currentPassword, body.newPassword),
    );
  }

  /** The account can no longer sign in, and its tokens are refused at once. */
  @AdminOnly()
  @Post(':id/disable')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Disabled (disabling twice changes nothing).' })
  @ProblemResponses(400, 404)
  async disable(@Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.commands.execute(new DisableCustomerCommand(id));
  }
}
