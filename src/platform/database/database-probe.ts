import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Whether Postgres answers, for the health check: a bounded wait, never an error. */
@Injectable()
export class DatabaseProbe {
  constructor(private readonly db: DataSource) {}

  async answers(withinMs: number): Promise<boolean> {
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), withinMs).unref()),
      ]);
      return true;
    } catch {
      return false;
    }
  }
}
