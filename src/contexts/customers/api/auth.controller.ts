import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../platform/auth/access.js';
import type { IssuedToken } from '../../../platform/auth/tokens.js';
import { ProblemResponses } from '../../../platform/http/openapi.js';
import { IssueTokenCommand } from '../application/issue-token/issue-token.command.js';
import { IssueTokenRequest, TokenResponse } from './dto/issue-token.request.js';

@ApiTags('customers')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly commands: CommandBus) {}

  @Public()
  @Post('token')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: exchange e-mail and password for a bearer token' })
  @ApiOkResponse({ type: TokenResponse, description: 'A bearer token for the account.' })
  @ProblemResponses('AUTH.INVALID_CREDENTIALS')
  token(@Body() body: IssueTokenRequest): Promise<IssuedToken> {
    return this.commands.execute(new IssueTokenCommand(body.email, body.password));
  }
}
