import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { SeamError } from '../platform/errors/seam-error';
import { Actor, Requires } from './access.decorators';
import { ROLES, type Role } from './domain/permissions';
import { KeyStore } from './key.store';

export class CreateKeyDto {
  @IsString()
  @Length(1, 200)
  name: string;

  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;
}

@ApiTags('access')
@Controller('v1/keys')
export class KeysController {
  constructor(private readonly keys: KeyStore) {}

  @Post()
  @HttpCode(201)
  @Requires('keys.manage')
  @ApiOperation({ summary: 'Create an API key; the key itself is in this answer only' })
  create(@Body() dto: CreateKeyDto, @Actor() actor: string) {
    return this.keys.create(dto.name, dto.role, actor);
  }

  @Get()
  @Requires('keys.manage')
  async list() {
    return { items: await this.keys.list() };
  }

  @Delete(':id')
  @HttpCode(204)
  @Requires('keys.manage')
  async revoke(@Param('id') id: string): Promise<void> {
    if (!(await this.keys.revoke(id))) throw new SeamError('key.not_found', [`key ${id} does not exist or is already revoked`]);
  }
}
