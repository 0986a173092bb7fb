import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { AUDIT_ACTIONS } from '../../audit/domain/audit-actions';
import { SeamError } from '../../platform/errors/seam-error';
import { ClassifierService } from '../classifier.service';
import { compileRules, matchingRules } from '../domain/user-rules';
import { asClassifiable } from '../pipeline.service';
import { ClassificationRuleEntity, toUserRule } from './classification-rule.entity';
import { ClassificationRuleRepository } from './classification-rule.repository';
import type { CreateRuleDto, TestRuleDto } from './dto/rule.dto';

/** User rules: kept, audited, and the classifier told at once so the next event sees the change. */
@Injectable()
export class RulesService {
  constructor(
    private readonly rules: ClassificationRuleRepository,
    private readonly classifier: ClassifierService,
    private readonly audit: AuditService,
  ) {}

  async list() {
    return { items: await this.rules.all() };
  }

  async create(dto: CreateRuleDto, actor: string) {
    const saved = await this.rules.create({
      name: dto.name ?? null,
      priority: dto.priority ?? 100,
      match: { ...dto.match },
      classification: dto.classification,
      category: dto.category ?? null,
      createdBy: actor,
    });
    await this.audit.record([
      { issueId: null, actor, action: AUDIT_ACTIONS.ruleCreated, detail: { before: null, after: saved } },
    ]);
    this.classifier.invalidate();
    return saved;
  }

  /** Whether the rule would match the event, and what the event would be classified as with it. Stores nothing. */
  async test(dto: TestRuleDto) {
    const candidate = Object.assign(new ClassificationRuleEntity(), {
      id: 'candidate',
      name: dto.rule.name ?? null,
      priority: dto.rule.priority ?? 100,
      match: { ...dto.rule.match },
      classification: dto.rule.classification,
      category: dto.rule.category ?? null,
    });
    const rule = toUserRule(candidate);
    const event = asClassifiable({ ...dto.event, status: dto.event.status ?? 'failed' });
    const matches = matchingRules(compileRules([rule]), event).length > 0;
    const result = this.classifier.classify(await this.classifier.withExtraRule(rule), event, {});
    return {
      matches,
      classification: result.classification,
      category: result.category,
      confidence: result.confidence,
      reasons: result.reasons,
    };
  }

  async remove(id: string, actor: string): Promise<void> {
    const found = await this.rules.findById(id);
    if (!found) throw new SeamError('rule.not_found', [`rule ${id} does not exist`]);
    await this.rules.delete(id);
    await this.audit.record([
      { issueId: null, actor, action: AUDIT_ACTIONS.ruleDeleted, detail: { before: found, after: null } },
    ]);
    this.classifier.invalidate();
  }
}
