import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../platform/database/unit-of-work';

/**
 * All SQL for learned_model: one row (id 1) holding the corrections learned from people's
 * reclassifications, on top of the trained model file.
 */
@Injectable()
export class LearnedModelRepository {
  constructor(private readonly db: DataSource) {}

  /** What classifying needs: the weights and examples, not the corrections themselves (model.taught). */
  async weights(tx: Tx = this.db.manager): Promise<unknown> {
    const [row]: Array<{ model: unknown }> = await tx.query(
      `SELECT jsonb_build_object('weights', model->'weights', 'examples', model->'examples') AS model FROM learned_model WHERE id = 1`,
    );
    return row?.model;
  }

  /** What the learning audit needs: the audit, how many corrections, and when the last was learned. */
  async audit(): Promise<{ audit: unknown; examples: number; updatedAt: string } | undefined> {
    const [row]: Array<{ audit: unknown; examples: number; updated_at: Date }> = await this.db.query(
      `SELECT model->'audit' AS audit, examples, updated_at FROM learned_model WHERE id = 1`,
    );
    return (
      row && { audit: row.audit, examples: Number(row.examples), updatedAt: new Date(row.updated_at).toISOString() }
    );
  }

  /** The whole model, locked until the transaction ends, so concurrent corrections add up. */
  async lock(tx: Tx): Promise<unknown> {
    const [row]: Array<{ model: unknown }> = await tx.query(`SELECT model FROM learned_model WHERE id = 1 FOR UPDATE`);
    return row?.model;
  }

  /** Stores the model with one more example learned; `updated_at` set here. */
  async saveWithOneMoreExample(model: unknown, tx: Tx): Promise<void> {
    await tx.query(
      `INSERT INTO learned_model (id, model, examples, updated_at) VALUES (1, $1, 1, now())
       ON CONFLICT (id) DO UPDATE SET model = EXCLUDED.model, examples = learned_model.examples + 1, updated_at = now()`,
      [JSON.stringify(model)],
    );
  }
}
