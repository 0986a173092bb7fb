import { Requires } from '../access/access.decorators';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { SyncEventDto } from '../intake/dto/sync-event.dto';
import { IssueEntity } from '../issues/issue.entity';
import { IssueStore } from '../issues/issue.store';
import { RoutingService } from '../routing/routing.service';
import { ClassifierService } from './classifier.service';
import { ContextService } from './context.service';
import { fingerprintOf } from './domain/fingerprint';
import { ClassifyResponseDto } from './dto/classify-response.dto';
import { asClassifiable } from './pipeline.service';

/** Dry run: how Seam would classify and route one event right now. Stores nothing. */
@ApiTags('classification')
@Requires('classify')
@Controller('v1/classify')
export class ClassifyController {
  constructor(
    private readonly db: DataSource,
    private readonly context: ContextService,
    private readonly classifier: ClassifierService,
    private readonly routing: RoutingService,
    private readonly store: IssueStore,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Classify one event without storing it' })
  @ApiOkResponse({ type: ClassifyResponseDto })
  async classify(@Body() dto: SyncEventDto): Promise<ClassifyResponseDto> {
    const event = asClassifiable({ ...dto, status: dto.status ?? 'failed' });
    const fingerprint = fingerprintOf(event);
    const manager = this.db.manager;
    const knowledge = await this.classifier.knowledge();
    // The fingerprint's existing issue is context (its spread, its history); the event itself is not counted.
    const issue = await manager.getRepository(IssueEntity).findOne({ where: { fingerprint } });
    const stats = issue ? await this.store.recordStats(manager, issue.id) : undefined;
    const context = await this.context.build(manager, event, issue && stats ? { ...issue, ...stats } : undefined);
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
