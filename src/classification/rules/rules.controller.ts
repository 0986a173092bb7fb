import { Actor, Requires } from '../../access/access.decorators';
import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CreateRuleDto, TestRuleDto } from './dto/rule.dto';
import { RuleDto, RuleListDto, RuleTestResultDto } from './dto/rule-responses.dto';
import { RulesService } from './rules.service';

/** User rules: the team's explicit knowledge, applied before every other signal. */
@ApiTags('rules')
@Controller('v1/rules')
export class RulesController {
  constructor(private readonly rules: RulesService) {}

  @Requires('rules.read')
  @Get()
  @ApiOperation({ summary: 'All user rules, in the order they are tried' })
  @ApiOkResponse({ type: RuleListDto })
  list() {
    return this.rules.list();
  }

  @Requires('rules.write')
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a rule; it applies to events classified from now on' })
  @ApiBody({
    type: CreateRuleDto,
    examples: {
      rule: {
        value: {
          name: 'MYOB lock date is a process change',
          match: { system: 'myob', messageRegex: 'lock date' },
          classification: 'process_change',
          category: 'period_locked',
        },
      },
    },
  })
  @ApiCreatedResponse({ type: RuleDto })
  create(@Body() dto: CreateRuleDto, @Actor() actor: string) {
    return this.rules.create(dto, actor);
  }

  @Requires('rules.write')
  @Post('test')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Would this rule match this event, and what would the event be classified as with it? Stores nothing.',
  })
  @ApiOkResponse({ type: RuleTestResultDto })
  test(@Body() dto: TestRuleDto) {
    return this.rules.test(dto);
  }

  @Requires('rules.write')
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a rule' })
  @ApiNoContentResponse({ description: 'deleted' })
  remove(@Param('id') id: string, @Actor() actor: string): Promise<void> {
    return this.rules.remove(id, actor);
  }
}
