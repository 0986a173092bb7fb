import { Injectable } from '@nestjs/common';
import { ReadReplica } from '../platform/database/read-replica';
import type { Tx } from '../platform/database/unit-of-work';
import { isUuid } from '../platform/text/uuid';
import type { IssueQueryDto } from './dto/issue-query.dto';
import { IssueRecordRepository, type RecordPosition, type TraceBackRecord } from './issue-record.repository';
import { IssueEntity } from './issue.entity';

/** `status=open`: every status but resolved (what the console lists by default). */
export const OPEN = 'open';

/** Where the previous page of the list ended: last seen (ISO), issue id. */
export type ListPosition = readonly [string, string];

export interface SampleEvent {
  id: string;
  eventId: string;
  occurredAt: Date;
  receivedAt: Date;
  runId: string | null;
  release: string | null;
  source: unknown;
  target: unknown;
  error: { field?: unknown; message?: unknown } | null;
  payload: unknown;
  operation: unknown;
}

export interface TimelineEntry {
  at: Date;
  actor: string;
  action: string;
  detail: unknown;
}

export interface NearbyRelease {
  version: string;
  deployedAt: Date;
  integration: string | null;
  system: string | null;
}

export interface NearbyChange {
  system: string;
  entity: string | null;
  integration: string | null;
  description: string;
  changedAt: Date;
}

/** The console's reads of issues, all on one connection (the replica's, when there is one). */
export interface IssueReads {
  /** Null for an id that is not a UUID, as for one that names no issue. */
  findById(id: string): Promise<IssueEntity | null>;
  /** The list's page: its filters, newest last seen first, after a position. */
  page(query: IssueQueryDto, after: ListPosition | undefined, size: number): Promise<IssueEntity[]>;
  /** The issues the list's filters match, newest last seen first, up to `limit`. */
  matching(query: IssueQueryDto, limit: number): Promise<IssueEntity[]>;
  countByClass(query: IssueQueryDto): Promise<Array<{ classification: string; issues: number }>>;
  engineeringQueue(offset: number, size: number): Promise<IssueEntity[]>;
  /** The issue's latest ten failures, newest first. */
  sampleEvents(issueId: string): Promise<SampleEvent[]>;
  timeline(issueId: string): Promise<TimelineEntry[]>;
  releasesAround(issue: IssueEntity): Promise<NearbyRelease[]>;
  changesAround(issue: IssueEntity): Promise<NearbyChange[]>;
  records(
    issueId: string,
    limit: number,
    after?: RecordPosition,
  ): Promise<{ items: TraceBackRecord[]; nextCursor: string | null }>;
}

/**
 * The console's reads of issues (the list, the class counts, engineering's queue, an issue's detail and
 * its records), on the read replica when there is one: they tolerate replica lag. Writes and reads that
 * must see them stay on the primary (IssueRepository).
 */
@Injectable()
export class IssueQueriesRepository {
  constructor(
    private readonly replica: ReadReplica,
    private readonly records: IssueRecordRepository,
  ) {}

  /** Runs the work's reads on one connection, so the rounds of a filtered list or a detail's reads stay together. */
  read<T>(work: (reads: IssueReads) => Promise<T>): Promise<T> {
    return this.replica.read((on) => work(this.readsOn(on)));
  }

  private readsOn(on: Tx): IssueReads {
    return {
      findById: (id) => (isUuid(id) ? this.issues(on).where('issue.id = :id', { id }).getOne() : Promise.resolve(null)),
      page: (query, after, size) => {
        const qb = this.filtered(on, query);
        if (after)
          qb.andWhere('(issue.last_seen_at, issue.id) < (:lastSeen, :id)', {
            lastSeen: new Date(after[0]),
            id: after[1],
          });
        return qb.orderBy('issue.last_seen_at', 'DESC').addOrderBy('issue.id', 'DESC').limit(size).getMany();
      },
      matching: (query, limit) => this.filtered(on, query).orderBy('issue.last_seen_at', 'DESC').limit(limit).getMany(),
      countByClass: (query) =>
        this.filtered(on, query)
          .select('issue.classification', 'classification')
          .addSelect('COUNT(*)::int', 'issues')
          .groupBy('issue.classification')
          .getRawMany(),
      engineeringQueue: (offset, size) =>
        this.issues(on)
          .where(`issue.classification = 'defect' AND issue.status <> 'resolved' AND issue.drill_id IS NULL`)
          .orderBy('issue.distinct_records', 'DESC')
          .addOrderBy(
            `issue.occurrences / GREATEST(EXTRACT(EPOCH FROM (issue.last_seen_at - issue.first_seen_at)) / 3600, 1)`,
            'DESC',
          )
          .addOrderBy('issue.last_release IS NOT NULL', 'DESC')
          .addOrderBy('issue.id', 'ASC')
          .offset(offset)
          .limit(size)
          .getMany(),
      sampleEvents: (issueId) =>
        on.query(
          `SELECT id, event_id AS "eventId", occurred_at AS "occurredAt", received_at AS "receivedAt", run_id AS "runId", release,
                  body->'source' AS source, body->'target' AS target, body->'error' AS error, body->'payload' AS payload, body->'operation' AS operation
           FROM sync_event WHERE issue_id = $1 ORDER BY occurred_at DESC, id DESC LIMIT 10`,
          [issueId],
        ),
      timeline: (issueId) =>
        on.query(`SELECT at, actor, action, detail FROM audit_log WHERE issue_id = $1 ORDER BY at, id LIMIT 1000`, [
          issueId,
        ]),
      releasesAround: (issue) =>
        on.query(
          `SELECT version, deployed_at AS "deployedAt", integration, system FROM release
           WHERE (integration = $1 OR (integration IS NULL AND (system IS NULL OR system IN ($2, $3))))
             AND deployed_at BETWEEN $4::timestamptz - interval '7 days' AND $5
           ORDER BY deployed_at DESC LIMIT 10`,
          [
            issue.integration,
            issue.sourceSystem,
            issue.targetSystem ?? issue.sourceSystem,
            issue.firstSeenAt,
            issue.lastSeenAt,
          ],
        ),
      changesAround: (issue) =>
        on.query(
          `SELECT system, entity, integration, description, changed_at AS "changedAt" FROM business_change
           WHERE (integration = $1 OR (integration IS NULL AND system IN ($2, $3)))
             AND changed_at BETWEEN $4::timestamptz - interval '7 days' AND $5
           ORDER BY changed_at DESC LIMIT 10`,
          [
            issue.integration,
            issue.sourceSystem,
            issue.targetSystem ?? issue.sourceSystem,
            issue.firstSeenAt,
            issue.lastSeenAt,
          ],
        ),
      records: (issueId, limit, after) => this.records.page(issueId, limit, after, on),
    };
  }

  /** The list's filters (GET /v1/issues), without order or paging. */
  private filtered(on: Tx, query: IssueQueryDto) {
    // drills run through the real pipeline but never count among real issues
    const qb = this.issues(on).where('issue.drill_id IS NULL');
    if (query.classification)
      qb.andWhere('issue.classification = :classification', { classification: query.classification });
    if (query.owner) qb.andWhere('issue.owner_team = :owner', { owner: query.owner });
    if (query.status === OPEN) qb.andWhere(`issue.status <> 'resolved'`);
    else if (query.status) qb.andWhere('issue.status = :status', { status: query.status });
    if (query.system)
      qb.andWhere('(issue.source_system = :system OR issue.target_system = :system)', { system: query.system });
    if (query.entity)
      qb.andWhere('(issue.source_entity = :entity OR issue.target_entity = :entity)', { entity: query.entity });
    if (query.integration) qb.andWhere('issue.integration = :integration', { integration: query.integration });
    if (query.classifiedBy)
      qb.andWhere('issue.classified_by_human = :human', { human: query.classifiedBy === 'human' });
    if (query.record)
      qb.andWhere('issue.id IN (SELECT r.issue_id FROM issue_record r WHERE r.record_id = :record)', {
        record: query.record,
      });
    if (query.q) {
      const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(`(issue.title || ' ' || issue.sample_message) ILIKE :pattern`, { pattern });
    }
    if (query.since) qb.andWhere('issue.last_seen_at >= :since', { since: new Date(query.since) });
    if (query.until) qb.andWhere('issue.first_seen_at <= :until', { until: new Date(query.until) });
    return qb;
  }

  private issues(on: Tx) {
    return on.getRepository(IssueEntity).createQueryBuilder('issue');
  }
}
