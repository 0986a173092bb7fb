import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  ValidateIf,
} from 'class-validator';
import { IsIntegrationName } from '../platform/http/integration-name.validator';
import { SeamError } from '../platform/errors/seam-error';
import { Actor, Requires } from './access.decorators';
import { ROLES, type Role } from './domain/permissions';
import { KeyStore } from './key.store';
import { ApiKeyListDto, CreatedKeyDto } from './dto/key-responses.dto';

export class CreateKeyDto {
  @IsString()
  @Length(1, 200)
  name: string;

  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;

  /** integration keys only: the integrations it may post events for; absent or null: any */
  @IsOptional()
  @ValidateIf((dto: CreateKeyDto) => dto.integrations !== null)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  @IsIntegrationName({ each: true })
  integrations?: string[] | null;
}

export class RotatedKeyDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ type: [String], nullable: true }) integrations: string[] | null;
  @ApiProperty({ description: 'the new key: shown in this answer only' }) key: string;
  @ApiProperty({ description: 'id of the key it replaces, now revoked' }) replaces: string;
}

@ApiTags('access')
@Controller('v1/keys')
export class KeysController {
  constructor(private readonly keys: KeyStore) {}

  @Post()
  @HttpCode(201)
  @Requires('keys.manage')
  @ApiOperation({ summary: 'Create an API key; the key itself is in this answer only' })
  @ApiBody({
    type: CreateKeyDto,
    examples: {
      integration: {
        value: { name: 'netsuite connector', role: 'integration', integrations: ['portal-netsuite-orders'] },
      },
      support: { value: { name: 'support desk', role: 'support' } },
    },
  })
  @ApiCreatedResponse({ type: CreatedKeyDto })
  create(@Body() dto: CreateKeyDto, @Actor() actor: string) {
    return this.keys.create(dto.name, dto.role, actor, dto.integrations ?? null);
  }

  @Get()
  @Requires('keys.manage')
  @ApiOperation({ summary: 'Every API key (never the key itself), revoked ones included' })
  @ApiOkResponse({ type: ApiKeyListDto })
  async list() {
    return { items: await this.keys.list() };
  }

  @Delete(':id')
  @HttpCode(204)
  @Requires('keys.manage')
  @ApiOperation({ summary: 'Revoke a key: at once in this process, within 30 seconds in others' })
  @ApiNoContentResponse({ description: 'revoked' })
  async revoke(@Param('id') id: string, @Actor() actor: string): Promise<void> {
    if (!(await this.keys.revoke(id, actor)))
      throw new SeamError('key.not_found', [`key ${id} does not exist or is already revoked`]);
  }

  @Post(':id/rotate')
  @HttpCode(201)
  @Requires('keys.manage')
  @ApiOperation({
    summary: 'Replace a key with a new one of the same name, role and integrations; the old one stops working at once',
  })
  @ApiCreatedResponse({ type: RotatedKeyDto })
  async rotate(@Param('id') id: string, @Actor() actor: string): Promise<RotatedKeyDto> {
    const rotated = await this.keys.rotate(id, actor);
    if (!rotated) throw new SeamError('key.not_found', [`key ${id} does not exist or is already revoked`]);
    return rotated;
  }
}
