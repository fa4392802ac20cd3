import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminOnly, Authenticated, Caller, Public } from '../../../platform/auth/access.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { locationHeader, ProblemResponses } from '../../../platform/http/openapi.js';
import { AddAddressCommand } from '../application/add-address/add-address.command.js';
import {
  type CustomerProfileView,
  GetProfileQuery,
} from '../application/get-profile/get-profile.query.js';
import { RegisterCustomerCommand } from '../application/register-customer/register-customer.command.js';
import { UpgradeToPremiumCommand } from '../application/upgrade-to-premium/upgrade-to-premium.command.js';
import { AddressRequest, AddressResponse } from './dto/address.dto.js';
import { ProfileResponse } from './dto/profile.response.js';
import { RegisterCustomerRequest } from './dto/register-customer.request.js';

@ApiTags('customers')
@Controller('api/customers')
export class CustomersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Public()
  @Post()
  @ApiOperation({ summary: 'Register a customer account' })
  @ApiCreatedResponse({
    type: ProfileResponse,
    description: 'Registered; `Location` names the profile.',
    headers: locationHeader('/api/customers/me'),
  })
  @ProblemResponses('CUSTOMERS.EMAIL_ALREADY_REGISTERED', 'CUSTOMERS.INVALID_ATTRIBUTE')
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
}
