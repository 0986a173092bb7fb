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
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AUDIT_ACTIONS } from '../../audit/domain/audit-actions';
import { SeamError } from '../../platform/errors/seam-error';
import { asClassifiable } from '../pipeline.service';
import { ClassifierService } from '../classifier.service';
import { matchingRules } from '../domain/user-rules';
import { compileRules } from '../domain/user-rules';
import { ClassificationRuleEntity, toUserRule } from './classification-rule.entity';
import { CreateRuleDto, TestRuleDto } from './dto/rule.dto';
import { RuleDto, RuleListDto, RuleTestResultDto } from './dto/rule-responses.dto';


/** User rules: the team's explicit knowledge, applied before every other signal. */
@ApiTags('rules')
@Controller('v1/rules')
export class RulesController {
  constructor(
    @InjectRepository(ClassificationRuleEntity) private readonly rules: Repository<ClassificationRuleEntity>,
    private readonly classifier: ClassifierService,
    private readonly audit: AuditService,
  ) {}

  @Requires('rules.read')
  @Get()
  @ApiOperation({ summary: 'All user rules, in the order they are tried' })
  @ApiOkResponse({ type: RuleListDto })
  async list() {
    const rules = await this.rules.find({ order: { priority: 'ASC', createdAt: 'ASC' } });
    return { items: rules };
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
  async create(@Body() dto: CreateRuleDto, @Actor() actor: string) {
    const saved = await this.rules.save(
      this.rules.create({ name: dto.name ?? null, priority: dto.priority ?? 100, match: { ...dto.match }, classification: dto.classification, category: dto.category ?? null, createdBy: actor }),
    );
    await this.audit.record([{ issueId: null, actor, action: AUDIT_ACTIONS.ruleCreated, detail: { before: null, after: saved } }]);
    this.classifier.invalidate();
    return saved;
  }

  @Requires('rules.write')
  @Post('test')
  @HttpCode(200)
  @ApiOperation({ summary: 'Would this rule match this event, and what would the event be classified as with it? Stores nothing.' })
  @ApiOkResponse({ type: RuleTestResultDto })
  async test(@Body() dto: TestRuleDto) {
    const rule = toUserRule(Object.assign(new ClassificationRuleEntity(), { id: 'candidate', name: dto.rule.name ?? null, priority: dto.rule.priority ?? 100, match: { ...dto.rule.match }, classification: dto.rule.classification, category: dto.rule.category ?? null }));
    const event = asClassifiable({ ...dto.event, status: dto.event.status ?? 'failed' });
    const matches = matchingRules(compileRules([rule]), event).length > 0;
    const result = this.classifier.classify(await this.classifier.withExtraRule(rule), event, {});
    return { matches, classification: result.classification, category: result.category, confidence: result.confidence, reasons: result.reasons };
  }

  @Requires('rules.write')
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a rule' })
  @ApiNoContentResponse({ description: 'deleted' })
  async remove(@Param('id') id: string, @Actor() actor: string): Promise<void> {
    const found = /^[0-9a-f-]{36}$/i.test(id) ? await this.rules.findOne({ where: { id } }) : null;
    if (!found) throw new SeamError('rule.not_found', [`rule ${id} does not exist`]);
    await this.rules.delete({ id });
    await this.audit.record([{ issueId: null, actor, action: AUDIT_ACTIONS.ruleDeleted, detail: { before: found, after: null } }]);
    this.classifier.invalidate();
  }
}
