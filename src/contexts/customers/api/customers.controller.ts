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
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiNoContentResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminOnly, Authenticated, Caller, Public } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { locationHeader, ProblemResponses } from '../../../platform/http/openapi.js';
import type { IssuedToken } from '../../../platform/auth/tokens.js';
import { Idempotent } from '../../../platform/http/idempotency/idempotent.decorator.js';
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
  @ApiOperation({ summary: 'Register a customer account' })
  @ApiCreatedResponse({
    type: ProfileResponse,
    description: 'Registered; `Location` names the profile.',
    headers: locationHeader('/api/customers/me'),
  })
  @ProblemResponses(
    'CUSTOMERS.EMAIL_ALREADY_REGISTERED',
    'CUSTOMERS.INVALID_ATTRIBUTE',
    'REQUEST.RATE_LIMITED',
  )
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
  @ApiOperation({ summary: 'Read your own profile' })
  @ApiOkResponse({ type: ProfileResponse })
  @ProblemResponses('CUSTOMERS.CUSTOMER_NOT_FOUND')
  me(@Caller() caller: Principal): Promise<CustomerProfileView> {
    return this.queries.execute(new GetProfileQuery(caller.id));
  }

  @Authenticated()
  @Post('me/addresses')
  @Idempotent(CustomersDatabase)
  @ApiOperation({ summary: 'Save an address in your address book' })
  @ApiCreatedResponse({ type: AddressResponse, description: 'The saved address.' })
  @ProblemResponses(
    'CUSTOMERS.INVALID_ATTRIBUTE',
    'CUSTOMERS.ADDRESS_BOOK_FULL',
    'CUSTOMERS.CUSTOMER_NOT_FOUND',
  )
  addAddress(@Caller() caller: Principal, @Body() body: AddressRequest) {
    return this.commands.execute(new AddAddressCommand(caller.id, body));
  }

  @AdminOnly()
  @Post(':id/premium')
  @HttpCode(200)
  @ApiOperation({ summary: 'Upgrade a customer to the premium tier' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ProfileResponse, description: 'The upgraded profile.' })
  @ProblemResponses('CUSTOMERS.CUSTOMER_NOT_FOUND', 'CUSTOMERS.ALREADY_PREMIUM')
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
  @ApiOperation({ summary: 'Change your password: every other token of yours stops working' })
  @ApiOkResponse({ type: TokenResponse, description: 'Changed; a new token for the caller.' })
  @ProblemResponses('CUSTOMERS.CURRENT_PASSWORD_WRONG', 'REQUEST.RATE_LIMITED', 'AUTH.BUSY')
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
  @ApiOperation({ summary: 'Disable a customer account: no sign-in, its tokens refused' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiNoContentResponse({ description: 'Disabled (disabling twice changes nothing).' })
  @ProblemResponses('CUSTOMERS.CUSTOMER_NOT_FOUND')
  async disable(@Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.commands.execute(new DisableCustomerCommand(id));
  }
}
