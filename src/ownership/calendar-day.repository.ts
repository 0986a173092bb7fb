import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SeamConfig } from '../core/seam-config.types';
import type { Tx } from '../platform/database/unit-of-work';
import { isUuid } from '../platform/text/uuid';

export type CalendarDay = SeamConfig['calendar'][number];

export interface CalendarDayRow {
  date: string;
  kind: CalendarDay['kind'];
  name: string;
  region: string | null;
}

/** All SQL of calendar_day: holidays and freezes, replaced whole by the config import. */
@Injectable()
export class CalendarDayRepository {
  constructor(private readonly db: DataSource) {}

  async findById(id: string, tx: Tx = this.db.manager): Promise<CalendarDayRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row]: CalendarDayRow[] = await tx.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, name, region FROM calendar_day WHERE id = $1`,
      [id],
    );
    return row;
  }

  /** Dates as seam.yaml writes them (YYYY-MM-DD, no time zone to shift them). */
  listForConfig(tx: Tx = this.db.manager): Promise<CalendarDayRow[]> {
    return tx.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, name, region FROM calendar_day ORDER BY date, name`,
    );
  }

  async deleteAll(tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM calendar_day`);
  }

  async insert(day: CalendarDay, tx: Tx): Promise<void> {
    await tx.query(`INSERT INTO calendar_day (date, kind, name, region) VALUES ($1, $2, $3, $4)`, [
      day.date,
      day.kind,
      day.name,
      day.region ?? null,
    ]);
  }
}
