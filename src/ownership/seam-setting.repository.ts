import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Tx } from '../platform/database/unit-of-work';

/** The settings kept under a key: noise, privacy, integrations (with their secrets), escalation_audit. */
export type SeamSettingKey = 'noise' | 'privacy' | 'integrations' | 'escalation_audit';

/** An integration as seam.yaml states it, without the secrets stored with it. */
export interface IntegrationSetting {
  integration: string;
  retryUrl: string;
  expectedIntervalMinutes?: number;
}

/** All SQL of seam_setting: one JSON value per key. */
@Injectable()
export class SeamSettingRepository {
  constructor(private readonly db: DataSource) {}

  /** The value under the key; undefined when none is stored. */
  async findById<T>(key: SeamSettingKey, tx: Tx = this.db.manager): Promise<T | undefined> {
    const [row]: Array<{ value: T }> = await tx.query(`SELECT value FROM seam_setting WHERE key = $1`, [key]);
    return row?.value;
  }

  /** The integrations' settings without their secrets (never part of a read configuration); undefined when none. */
  async integrationsWithoutSecrets(tx: Tx = this.db.manager): Promise<IntegrationSetting[] | undefined> {
    const [integrations]: Array<{ value: IntegrationSetting[] | null }> = await tx.query(
      `SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object('integration', i->>'integration', 'retryUrl', i->>'retryUrl', 'expectedIntervalMinutes', i->'expectedIntervalMinutes')))
       AS value FROM seam_setting, jsonb_array_elements(value) i WHERE key = 'integrations'`,
    );
    return integrations?.value ?? undefined;
  }

  async put(key: SeamSettingKey, value: unknown, tx: Tx = this.db.manager): Promise<void> {
    await tx.query(
      `INSERT INTO seam_setting (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [key, JSON.stringify(value)],
    );
  }

  async delete(key: SeamSettingKey, tx: Tx): Promise<void> {
    await tx.query(`DELETE FROM seam_setting WHERE key = $1`, [key]);
  }
}
