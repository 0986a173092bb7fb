import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Requires } from '../access/access.decorators';
import type { Caller } from '../access/key.store';
import { AuditService } from './audit.service';
import { AuditPageDto, AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@Controller('v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Requires('audit.read')
  @Get()
  @ApiOperation({
    summary:
      'Every change (configuration, people, channels, keys, rules, drills, issues), newest first, with actor and before/after',
  })
  @ApiOkResponse({ type: AuditPageDto })
  list(@Query() query: AuditQueryDto, @CurrentCaller() caller: Caller | undefined) {
    return this.audit.list(query, caller?.role);
  }
}
