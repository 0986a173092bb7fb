import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../platform/database/unit-of-work';
import { isUuid } from '../platform/text/uuid';

export interface DrillRow {
  id: string;
  scenario: string;
  integration: string;
  asIf: Date | null;
  requestedBy: string;
  startedAt: Date;
  verdict: 'passed' | 'failed' | null;
  verdictReason: string | null;
  judgedAt: Date | null;
}

const DRILL_COLUMNS = `id, scenario, integration, as_if AS "asIf", requested_by AS "requestedBy", started_at AS "startedAt",
  verdict, verdict_reason AS "verdictReason", judged_at AS "judgedAt"`;

/** All SQL of the drill table: a drill's request, and its verdict once decided. */
@Injectable()
export class DrillRepository {
  constructor(private readonly db: DataSource) {}

  async insert(drill: {
    id: string;
    scenario: string;
    integration: string;
    asIf: Date | null;
    clockOffsetMs: number;
    requestedBy: string;
    eventIds: string[];
  }): Promise<void> {
    await this.db.query(
      `INSERT INTO drill (id, scenario, integration, as_if, clock_offset_ms, requested_by, event_ids) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [drill.id, drill.scenario, drill.integration, drill.asIf, drill.clockOffsetMs, drill.requestedBy, drill.eventIds],
    );
  }

  /** The drill that posted this event, from the drill's own record (never from the event's runId). */
  async idForEvent(integration: string, eventId: string, tx: Tx): Promise<string | null> {
    const [drill]: Array<{ id: string }> = await tx.query(
      `SELECT id FROM drill WHERE integration = $1 AND $2 = ANY(event_ids)`,
      [integration, eventId],
    );
    return drill?.id ?? null;
  }

  /** A malformed id names no drill. */
  async findById(id: string): Promise<DrillRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row]: DrillRow[] = await this.db.query(`SELECT ${DRILL_COLUMNS} FROM drill WHERE id = $1`, [id]);
    return row;
  }

  /** Drills still waiting for a verdict, oldest first. */
  async undecided(limit = 100): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM drill WHERE verdict IS NULL ORDER BY started_at LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  /** Records a verdict once: a second judge of the same drill finds it decided and changes nothing. */
  async decide(id: string, verdict: 'passed' | 'failed', reason: string, at: Date): Promise<boolean> {
    // an UPDATE … RETURNING answers [rows, affected count]
    const [rows]: [unknown[], number] = await this.db.query(
      `UPDATE drill SET verdict = $2, verdict_reason = $3, judged_at = $4 WHERE id = $1 AND verdict IS NULL RETURNING id`,
      [id, verdict, reason, at],
    );
    return rows.length > 0;
  }
}
