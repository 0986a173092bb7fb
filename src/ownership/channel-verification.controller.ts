import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { Actor, Requires } from '../access/access.decorators';
import { ChannelVerificationService } from './channel-verification.service';
import { VERIFICATION_CODE_PATTERN } from './domain/channel-verification';
import { ChannelVerifiedDto } from './dto/ownership-responses.dto';

export class VerifyChannelDto {
  @ApiProperty({ description: 'the code Seam sent through the channel', example: '04718263' })
  @IsString({
    message:
      'code must be the 8-digit code Seam sent through the channel (POST /v1/channels/:id/verification sends one)',
  })
  @Matches(VERIFICATION_CODE_PATTERN, {
    message:
      'code must be the 8-digit code Seam sent through the channel (POST /v1/channels/:id/verification sends one)',
  })
  code: string;
}

export class VerificationSentDto {
  @ApiProperty() channel: string;
  @ApiProperty() kind: string;
  @ApiProperty() sentAt: string;
  @ApiProperty({ description: 'the code must be confirmed before this' }) expiresAt: string;
}

/** Channel verification: Seam sends a code through the channel, the person it reaches confirms it. */
@ApiTags('ownership')
@Controller('v1/channels')
export class ChannelVerificationController {
  constructor(private readonly verification: ChannelVerificationService) {}

  @Requires('people.write')
  @Post(':id/verification')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Send a verification code through the channel (replaces any pending one); 502 when the channel does not take it',
  })
  @ApiAcceptedResponse({ type: VerificationSentDto })
  send(@Param('id') id: string, @Actor() actor: string): Promise<VerificationSentDto> {
    return this.verification.send(id, actor);
  }

  @Requires('people.write')
  @Post(':id/verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm the code Seam sent through the channel: the channel is verified only by its code' })
  @ApiOkResponse({ type: ChannelVerifiedDto })
  verify(@Param('id') id: string, @Body() body: VerifyChannelDto, @Actor() actor: string): Promise<ChannelVerifiedDto> {
    return this.verification.confirm(id, body.code, actor);
  }
}
