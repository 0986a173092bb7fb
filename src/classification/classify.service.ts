import { Injectable } from '@nestjs/common';
import type { SyncEventDto } from '../intake/dto/sync-event.dto';
import { IssueRecordRepository } from '../issues/issue-record.repository';
import { IssueRepository } from '../issues/issue.repository';
import { RoutingService } from '../routing/routing.service';
import { ClassifierService } from './classifier.service';
import { ContextService } from './context.service';
import { fingerprintOf } from './domain/fingerprint';
import type { ClassifyResponseDto } from './dto/classify-response.dto';
import { asClassifiable } from './pipeline.service';

/** Dry run: how Seam would classify and route one event right now. Stores nothing. */
@Injectable()
export class ClassifyService {
  constructor(
    private readonly context: ContextService,
    private readonly classifier: ClassifierService,
    private readonly routing: RoutingService,
    private readonly issues: IssueRepository,
    private readonly records: IssueRecordRepository,
  ) {}

  async dryRun(dto: SyncEventDto): Promise<ClassifyResponseDto> {
    const event = asClassifiable({ ...dto, status: dto.status ?? 'failed' });
    const fingerprint = fingerprintOf(event);
    const knowledge = await this.classifier.knowledge();
    // The fingerprint's existing issue is context (its spread, its history); the event itself is not counted.
    const issue = await this.issues.findByFingerprint(fingerprint);
    const stats = issue ? await this.records.recordStats(issue.id) : undefined;
    const context = await this.context.build(event, issue && stats ? { ...issue, ...stats } : undefined);
    if (issue?.classifiedByHuman && issue.classification !== 'needs_triage') {
      context.humanLabel = { classification: issue.classification, category: issue.category };
    }
    const result = this.classifier.classify(knowledge, event, context);
    const owner = await this.routing.ownerOf({
      classification: result.classification,
      category: result.category,
      system: event.target?.system ?? null,
      sourceSystem: event.source.system,
      entity: event.target?.entity ?? event.source.entity,
      integration: event.integration,
    });
    return {
      classification: result.classification,
      category: result.category,
      confidence: result.confidence,
      leaning: result.leaning,
      candidates: result.candidates ?? [result.leaning],
      owner,
      reasons: result.reasons,
      fingerprint,
    };
  }
}
