import { Injectable } from '@nestjs/common';
import type { Caller } from '../access/key.store';
import type { IssueQueryDto } from '../issues/dto/issue-query.dto';
import { IssueRecordRepository, type RecordEventRow, type RecordIssueRow } from '../issues/issue-record.repository';
import { IssuesService } from '../issues/issues.service';
import { PrivacyService } from '../privacy/privacy.service';
import { FailureRateRepository } from './failure-rate.repository';

/** Records one lookup shows, and their links to issues. */
const MAX_RECORD_LINKS = 200;
/** Events one lookup shows across its records. */
const MAX_RECORD_EVENTS = 500;

export interface RecordHistory {
  system: string;
  entity: string;
  id: string;
  label: string | null;
  url: string | null;
  targetIds: string[];
  issues: Array<
    Pick<
      RecordIssueRow,
      | 'issueId'
      | 'title'
      | 'classification'
      | 'status'
      | 'integration'
      | 'state'
      | 'count'
      | 'firstSeenAt'
      | 'lastSeenAt'
    >
  >;
  events: RecordEventRow[];
}

/** What the console's own views read beyond the public API: the list's header and the record lookup. */
@Injectable()
export class ConsoleService {
  constructor(
    private readonly failureRate: FailureRateRepository,
    private readonly issues: IssuesService,
    private readonly records: IssueRecordRepository,
    private readonly privacy: PrivacyService,
  ) {}

  /** Issues per class under the list's filters, and failures per hour per class over the last day. */
  async summary(query: IssueQueryDto, caller?: Caller) {
    // a masked caller's text search must not count matches on what it will not see, as in the list
    const masking = query.q ? await this.privacy.maskingFor(caller) : undefined;
    const search = query.q;
    const [{ counts, total }, hourly] = await Promise.all([
      this.issues.countByClass(
        query,
        masking && search ? (items) => this.privacy.stillMatch(items, search, masking) : undefined,
      ),
      this.failureRate.lastDay(),
    ]);
    // `open` per class stays for older consoles: open issues whatever the filters
    const open = await this.issues.countByClass({ status: 'open' });
    return {
      counts: open.counts.map((row) => ({ classification: row.classification, open: row.issues })),
      matching: { byClass: counts, total },
      hourly,
    };
  }

  /** Every stored event about one source record, newest first: the record lookup's second half. */
  async recordEvents(sourceId: string) {
    return { items: await this.records.eventsOfRecord(sourceId) };
  }

  /**
   * Records whose source id, target id or label contains the text (any case), each with its history
   * across issues and its stored events. The text as typed also finds the events of a record that never
   * failed (exact source id).
   */
  async lookup(text: string): Promise<{ items: RecordHistory[] }> {
    const links = await this.records.search(text.trim(), MAX_RECORD_LINKS);
    const byRecord = new Map<string, RecordHistory>();
    for (const link of links) {
      const key = JSON.stringify([link.system, link.entity, link.id]);
      let record = byRecord.get(key);
      if (!record) {
        record = {
          system: link.system,
          entity: link.entity,
          id: link.id,
          label: link.label,
          url: link.url,
          targetIds: [],
          issues: [],
          events: [],
        };
        byRecord.set(key, record);
      }
      record.label ??= link.label;
      record.url ??= link.url;
      if (link.targetId && !record.targetIds.includes(link.targetId)) record.targetIds.push(link.targetId);
      const { issueId, title, classification, status, integration, state, count, firstSeenAt, lastSeenAt } = link;
      record.issues.push({
        issueId,
        title,
        classification,
        status,
        integration,
        state,
        count,
        firstSeenAt,
        lastSeenAt,
      });
    }
    const ids = [...new Set([...[...byRecord.values()].map((record) => record.id), text.trim()])];
    const events = await this.records.eventsOf(ids, MAX_RECORD_EVENTS);
    for (const event of events) {
      const record = byRecord.get(JSON.stringify([event.system, event.entity, event.sourceId]));
      if (record) record.events.push(event);
      else if (event.sourceId === text.trim()) {
        // a record that never failed: its successes alone
        const key = JSON.stringify([event.system, event.entity, event.sourceId]);
        const found = byRecord.get(key) ?? {
          system: event.system,
          entity: event.entity,
          id: event.sourceId,
          label: null,
          url: null,
          targetIds: [],
          issues: [],
          events: [],
        };
        found.events.push(event);
        byRecord.set(key, found);
      }
    }
    return { items: [...byRecord.values()] };
  }
}
