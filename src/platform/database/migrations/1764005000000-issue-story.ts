import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the console needs to read like a story rather than a fingerprint:
 *
 * - issue.title becomes the latest failure's own words (ids kept); the normalised text the grouping
 *   compares moves to normalised_message. Existing titles are rebuilt from the sample message, roughly
 *   (URLs as <url>, whitespace collapsed, cut at 120); the next failure of each issue writes the exact form.
 * - issue.candidates: the two classes the classifier hesitated between, for needs_triage's next step.
 * - issue_record.label: the record's name at the source (source.label, e.g. "Harbour Foods Pty Ltd").
 * - Record lookup is case-insensitive and matches part of an id or a label: trigram indexes on the
 *   lower-cased source id, target id and label keep "3310" from scanning every record.
 */
export class IssueStory1764005000000 implements MigrationInterface {
  name = 'IssueStory1764005000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE issue ADD COLUMN normalised_message text`);
    await q.query(`ALTER TABLE issue ADD COLUMN candidates jsonb`);
    await q.query(`UPDATE issue SET normalised_message = title,
                     title = CASE WHEN btrim(sample_message) = '' THEN title
                                  ELSE left(regexp_replace(regexp_replace(btrim(sample_message),
                                         '(https?|ftp)://[^\\s<>"''\`|]+', '<url>', 'gi'), '\\s+', ' ', 'g'), 120) END`);
    await q.query(`ALTER TABLE issue_record ADD COLUMN label varchar(200)`);
    await q.query(
      `CREATE INDEX issue_record_record_trgm_idx ON issue_record USING gin (lower(record_id) gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX issue_record_target_trgm_idx ON issue_record USING gin (lower(target_id) gin_trgm_ops)`,
    );
    await q.query(`CREATE INDEX issue_record_label_trgm_idx ON issue_record USING gin (lower(label) gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS issue_record_label_trgm_idx`);
    await q.query(`DROP INDEX IF EXISTS issue_record_target_trgm_idx`);
    await q.query(`DROP INDEX IF EXISTS issue_record_record_trgm_idx`);
    await q.query(`ALTER TABLE issue_record DROP COLUMN IF EXISTS label`);
    await q.query(`UPDATE issue SET title = normalised_message WHERE normalised_message IS NOT NULL`);
    await q.query(`ALTER TABLE issue DROP COLUMN IF EXISTS candidates`);
    await q.query(`ALTER TABLE issue DROP COLUMN IF EXISTS normalised_message`);
  }
}
