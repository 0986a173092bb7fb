import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Many integrations never post a deploy marker but stamp every event with the release that ran (the event's
 * `release`). The classifier's context asks, for a failing event's release, when the integration's events
 * first carried it (ClassificationContextRepository.releaseSeenOnEvents): one index descent per partition with
 * this index, a scan of the integration's whole history without it (on the console bench's 1,000,000 events in 17
 * weekly partitions: 49 buffers, about 2 ms). Only events that carry a release are in it, so an integration that does
 * not stamp them pays nothing at ingest.
 *
 * On an existing installation this builds on every partition while holding off writes to sync_event.
 */
export class ReleaseSeenOnEvents1764006000000 implements MigrationInterface {
  name = 'ReleaseSeenOnEvents1764006000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX sync_event_release_idx ON sync_event (integration, release, occurred_at) WHERE release IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS sync_event_release_idx`);
  }
}
