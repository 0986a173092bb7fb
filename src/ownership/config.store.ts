import { redactor } from '../platform/logging/seam-logger';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SeamError } from '../platform/errors/seam-error';
import type { AwayPeriod, ContactChannel, EscalationPolicy, NoiseSettings, SeamConfig, Team } from '../escalation/domain/escalation.types';

const CONFIG_TTL_MS = 5000;

/** Writes the audit record of a configuration change, given the configuration before and after, in its transaction. */
export type ChangeRecorder = (before: SeamConfig, after: SeamConfig, manager: EntityManager) => Promise<void>;

/** The escalation audit's latest run (the findings themselves are always computed fresh). */
export interface AuditRun {
  at: string;
  trigger: 'config_change' | 'people_change' | 'drill' | 'scheduled';
  total: number;
  critical: number;
  kinds: string[];
}
export const DEFAULT_NOISE: NoiseSettings = { thresholds: {}, transientGraceMinutes: 10 };

interface ChannelRow {
  id: string;
  team: string;
  member_id: string | null;
  kind: ContactChannel['kind'];
  target: string;
  secret: string | null;
  verified_at: Date | null;
  last_delivery_at: Date | null;
  last_delivery_ok: boolean | null;
  last_delivery_error: string | null;
}

interface StoredIntegration {
  integration: string;
  retryUrl?: string;
  secret?: string;
  signingSecrets?: string[];
}

export interface StoredChannel extends ContactChannel {
  team: string;
  memberId: string | null;
  secret?: string;
}

const iso = (value: Date | null | undefined): string | null => (value ? value.toISOString() : null);
type WithoutNulls<T> = { [K in keyof T]: Exclude<T[K], null> };
/** Absent, not null: what the YAML export prints and the domain types expect. */
const clean = <T extends object>(value: T): WithoutNulls<T> => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as WithoutNulls<T>;

/**
 * The whole of seam.yaml in Postgres: read as one SeamConfig (cached briefly, like routing rules) and
 * replaced as one transaction, so a half-applied import never routes anything.
 */
@Injectable()
export class ConfigStore {
  private cached?: { at: number; config: SeamConfig };
  private signing?: { at: number; secrets: Map<string, string[]> };

  constructor(private readonly db: DataSource) {}

  invalidate(): void {
    this.cached = undefined;
    this.signing = undefined;
  }

  /** Load before opening a transaction: it reads on its own connection. */
  async load(now = Date.now()): Promise<SeamConfig> {
    if (!this.cached || now - this.cached.at > CONFIG_TTL_MS) this.cached = { at: now, config: await this.read(this.db.manager) };
    return this.cached.config;
  }

  /** Uncached: what an export or an audit right after a change must see. */
  async fresh(): Promise<SeamConfig> {
    this.invalidate();
    return this.load();
  }

  async channel(id: string): Promise<StoredChannel | undefined> {
    const [row]: ChannelRow[] = await this.db.query(`SELECT * FROM contact_channel WHERE id = $1`, [id]);
    redactor.remember(row?.secret);
    return row && { ...toChannel(row), team: row.team, memberId: row.member_id, secret: row.secret ?? undefined };
  }

  async read(manager: EntityManager): Promise<SeamConfig> {
    const teams: Array<{ slug: string; name: string; region: string | null; business_hours: Team['businessHours'] | null; after_hours: Team['afterHours'] | null; lead: string | null; roles: Team['roles'] | null; schedule: Team['schedule'] | null }> =
      await manager.query(`SELECT slug, name, region, business_hours, after_hours, lead, roles, schedule FROM owner_team ORDER BY created_at, slug`);
    const members: Array<{ team: string; id: string; name: string; time_zone: string | null; away: boolean; away_periods: AwayPeriod[] }> = await manager.query(
      `SELECT team, id, name, time_zone, away, away_periods FROM team_member ORDER BY team, position, id`,
    );
    const channels: ChannelRow[] = await manager.query(`SELECT * FROM contact_channel ORDER BY id`);
    const routes: Array<{ priority: number; classification: string | null; category: string | null; system: string | null; entity: string | null; integration: string | null; owner_team: string }> =
      await manager.query(`SELECT priority, classification, category, system, entity, integration, owner_team FROM routing_rule ORDER BY priority, id`);
    const policies: Array<{ team: string; levels: EscalationPolicy['levels']; urgency: EscalationPolicy['urgency']; page_at_records: number | null; calendar_window_days: number | null; ack_within_minutes: number | null; last_drill_at: Date | null }> =
      await manager.query(`SELECT * FROM escalation_policy ORDER BY team`);
    const calendar: Array<{ date: string; kind: SeamConfig['calendar'][number]['kind']; name: string; region: string | null }> = await manager.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, name, region FROM calendar_day ORDER BY date, name`,
    );
    const known: Array<{ id: string; title: string; support_script: string | null; release: string | null; expires_at: Date; max_records: number | null; match: SeamConfig['knownIssues'][number]['match'] }> =
      await manager.query(`SELECT * FROM known_issue ORDER BY id`);
    const [noise]: Array<{ value: NoiseSettings }> = await manager.query(`SELECT value FROM seam_setting WHERE key = 'noise'`);
    const [privacy]: Array<{ value: SeamConfig['privacy'] }> = await manager.query(`SELECT value FROM seam_setting WHERE key = 'privacy'`);
    const [integrations]: Array<{ value: Array<{ integration: string; retryUrl: string; expectedIntervalMinutes?: number }> }> = await manager.query(
      `SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object('integration', i->>'integration', 'retryUrl', i->>'retryUrl', 'expectedIntervalMinutes', i->'expectedIntervalMinutes')))
       AS value FROM seam_setting, jsonb_array_elements(value) i WHERE key = 'integrations'`,
    );
    const hypercare: Array<{ integration: string; starts_at: Date; ends_at: Date; engineering_team: string | null; first_responder_team: string | null }> = await manager.query(`SELECT * FROM hypercare_window ORDER BY integration`);

    return {
      teams: teams.map((team) =>
        clean({
          slug: team.slug,
          name: team.name,
          region: team.region,
          lead: team.lead,
          businessHours: team.business_hours,
          afterHours: team.after_hours,
          roles: team.roles,
          schedule: team.schedule,
          members: members
            .filter((m) => m.team === team.slug)
            .map((m) => clean({ id: m.id, name: m.name, timeZone: m.time_zone, away: m.away || undefined, awayPeriods: m.away_periods.length ? m.away_periods : undefined, channels: channels.filter((c) => c.team === team.slug && c.member_id === m.id).map(toChannel) })),
          channels: channels.filter((c) => c.team === team.slug && c.member_id === null).map(toChannel),
        }) as Team,
      ),
      routing: routes.map((r) => clean({ priority: r.priority, classification: r.classification, category: r.category, system: r.system, entity: r.entity, integration: r.integration, team: r.owner_team })),
      policies: policies.map((p) =>
        clean({ team: p.team, levels: p.levels, urgency: p.urgency, pageAtRecords: p.page_at_records, calendarWindowDays: p.calendar_window_days, ackWithinMinutes: p.ack_within_minutes, lastDrillAt: iso(p.last_drill_at) ?? undefined }),
      ),
      calendar: calendar.map((d) => clean({ date: d.date, kind: d.kind, name: d.name, region: d.region })),
      knownIssues: known.map((k) => clean({ id: k.id, title: k.title, supportScript: k.support_script, release: k.release, expiresAt: k.expires_at.toISOString(), maxRecords: k.max_records, match: k.match })),
      noise: noise?.value ?? DEFAULT_NOISE,
      ...(integrations?.value ? { integrations: integrations.value } : {}),
      ...(privacy?.value ? { privacy: privacy.value } : {}),
      hypercare: hypercare.map((h) =>
        clean({ integration: h.integration, from: h.starts_at.toISOString(), until: h.ends_at.toISOString(), engineeringTeam: h.engineering_team, firstResponderTeam: h.first_responder_team }),
      ),
    };
  }

  /**
   * Replaces everything seam.yaml holds. Channel delivery history and verification survive when a
   * channel keeps its id and target: re-importing the same file must not make every contact unverified.
   */
  async replace(config: SeamConfig, secrets: Map<string, string | undefined>, record?: ChangeRecorder): Promise<void> {
    await this.db.transaction(async (manager) => {
      const before = record ? await this.read(manager) : undefined;
      const history: ChannelRow[] = await manager.query(`SELECT * FROM contact_channel`);
      const previous = new Map(history.map((row) => [row.id, row]));
      // what people set through the API (away, drills) stays unless the file says otherwise
      const people: Array<{ team: string; id: string; away: boolean; away_periods: AwayPeriod[] }> = await manager.query(`SELECT team, id, away, away_periods FROM team_member`);
      const personBefore = new Map(people.map((row) => [`${row.team}\u0000${row.id}`, row]));
      const drills: Array<{ team: string; last_drill_at: Date | null }> = await manager.query(`SELECT team, last_drill_at FROM escalation_policy`);
      const drilledBefore = new Map(drills.map((row) => [row.team, row.last_drill_at]));
      // a team that still owns open issues cannot vanish: its issues would be queued to nobody
      const removed: Array<{ owner_team: string; open: number }> = await manager.query(
        `SELECT owner_team, count(*)::int AS open FROM issue WHERE status <> 'resolved' AND NOT (owner_team = ANY($1)) GROUP BY owner_team ORDER BY owner_team`,
        [config.teams.map((t) => t.slug)],
      );
      if (removed.length > 0)
        throw new SeamError(
          'config.invalid',
          removed.map((row) => `teams: team "${row.owner_team}" owns ${row.open} open issue(s) and would be removed; keep the team, or reassign or resolve its issues first`),
        );
      await manager.query(`DELETE FROM routing_rule`);
      await manager.query(`DELETE FROM contact_channel`);
      await manager.query(`DELETE FROM team_member`);
      await manager.query(`DELETE FROM escalation_policy`);
      await manager.query(`DELETE FROM owner_team WHERE NOT (slug = ANY($1))`, [config.teams.map((t) => t.slug)]);
      for (const team of config.teams) {
        await manager.query(
          `INSERT INTO owner_team (slug, name, region, business_hours, after_hours, lead, roles, schedule) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, region = EXCLUDED.region, business_hours = EXCLUDED.business_hours,
             after_hours = EXCLUDED.after_hours, lead = EXCLUDED.lead, roles = EXCLUDED.roles, schedule = EXCLUDED.schedule`,
          [team.slug, team.name, team.region ?? null, json(team.businessHours), json(team.afterHours), team.lead ?? null, json(team.roles), json(team.schedule)],
        );
        for (const [position, member] of team.members.entries()) {
          const before = personBefore.get(`${team.slug}\u0000${member.id}`);
          await manager.query(`INSERT INTO team_member (team, id, name, time_zone, away, away_periods, position) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
            team.slug,
            member.id,
            member.name,
            member.timeZone ?? null,
            member.away ?? before?.away ?? false,
            JSON.stringify(member.awayPeriods ?? before?.away_periods ?? []),
            position,
          ]);
        }
        const owned = [...team.members.flatMap((m) => m.channels.map((c) => ({ channel: c, memberId: m.id as string | null }))), ...(team.channels ?? []).map((c) => ({ channel: c, memberId: null }))];
        for (const { channel, memberId } of owned) {
          const before = previous.get(channel.id);
          const same = before && before.target === channel.target && before.kind === channel.kind;
          await manager.query(
            `INSERT INTO contact_channel (id, team, member_id, kind, target, secret, verified_at, last_delivery_at, last_delivery_ok, last_delivery_error)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
            [
              channel.id,
              team.slug,
              memberId,
              channel.kind,
              channel.target,
              secrets.get(channel.id) ?? (same ? before.secret : null),
              // only a code sent through the channel verifies it (channel-verification.service.ts): a file
              // saying verifiedAt is not evidence, so a re-import keeps what was verified and nothing more
              same ? before.verified_at : null,
              same ? before.last_delivery_at : null,
              same ? before.last_delivery_ok : null,
              same ? before.last_delivery_error : null,
            ],
          );
        }
      }
      for (const route of config.routing) {
        await manager.query(`INSERT INTO routing_rule (priority, classification, category, system, entity, integration, owner_team) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
          route.priority,
          route.classification ?? null,
          route.category ?? null,
          route.system ?? null,
          route.entity ?? null,
          route.integration ?? null,
          route.team,
        ]);
      }
      for (const policy of config.policies) {
        await manager.query(
          `INSERT INTO escalation_policy (team, levels, urgency, page_at_records, calendar_window_days, ack_within_minutes, last_drill_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            policy.team,
            JSON.stringify(policy.levels),
            JSON.stringify(policy.urgency ?? {}),
            policy.pageAtRecords ?? null,
            policy.calendarWindowDays ?? null,
            policy.ackWithinMinutes ?? null,
            policy.lastDrillAt ?? drilledBefore.get(policy.team) ?? null,
          ],
        );
      }
      await manager.query(`DELETE FROM calendar_day`);
      for (const day of config.calendar) await manager.query(`INSERT INTO calendar_day (date, kind, name, region) VALUES ($1, $2, $3, $4)`, [day.date, day.kind, day.name, day.region ?? null]);
      await manager.query(`DELETE FROM known_issue`);
      for (const known of config.knownIssues) {
        await manager.query(`INSERT INTO known_issue (id, title, support_script, release, expires_at, match, max_records) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
          known.id,
          known.title,
          known.supportScript ?? null,
          known.release ?? null,
          known.expiresAt,
          JSON.stringify(known.match),
          known.maxRecords ?? null,
        ]);
      }
      await manager.query(`INSERT INTO seam_setting (key, value) VALUES ('noise', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [JSON.stringify(config.noise)]);
      const previousIntegrations: Array<{ value: StoredIntegration[] }> = await manager.query(`SELECT value FROM seam_setting WHERE key = 'integrations'`);
      const kept = new Map((previousIntegrations[0]?.value ?? []).map((i) => [i.integration, i]));
      const integrations: StoredIntegration[] = (config.integrations ?? []).map((i) => {
        const before = kept.get(i.integration);
        const secret = secrets.get(`integration:${i.integration}`) ?? (before?.retryUrl === i.retryUrl ? before?.secret : undefined);
        // absent from the file (an export never carries them): keep the ones in force; [] removes them
        const given = secrets.get(`signing:${i.integration}`);
        const signingSecrets = given !== undefined ? (JSON.parse(given) as string[]) : before?.signingSecrets;
        return { ...i, ...(secret ? { secret } : {}), ...(signingSecrets?.length ? { signingSecrets } : {}) };
      });
      await manager.query(`INSERT INTO seam_setting (key, value) VALUES ('integrations', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [JSON.stringify(integrations)]);
      if (config.privacy) await manager.query(`INSERT INTO seam_setting (key, value) VALUES ('privacy', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [JSON.stringify(config.privacy)]);
      else await manager.query(`DELETE FROM seam_setting WHERE key = 'privacy'`);
      await manager.query(`DELETE FROM hypercare_window`);
      for (const window of config.hypercare) {
        await manager.query(`INSERT INTO hypercare_window (integration, starts_at, ends_at, engineering_team, first_responder_team) VALUES ($1, $2, $3, $4, $5)`, [
          window.integration,
          window.from,
          window.until,
          window.engineeringTeam ?? null,
          window.firstResponderTeam ?? null,
        ]);
      }
      // in the same transaction: a change and its audit record commit together or not at all
      if (record && before) await record(before, await this.read(manager), manager);
    });
    this.invalidate();
  }

  /** An integration's retry endpoint with its signing secret (never part of a read config). */
  async retryEndpoint(integration: string): Promise<{ retryUrl: string; secret?: string } | undefined> {
    const found = (await this.storedIntegrations(0)).find((i) => i.integration === integration);
    return found?.retryUrl ? { retryUrl: found.retryUrl, secret: found.secret } : undefined;
  }

  /** The secrets webhooks of each integration must be signed with; integrations without any are absent. Hot path: cached. */
  async signingSecrets(): Promise<Map<string, string[]>> {
    const now = Date.now();
    if (!this.signing || now - this.signing.at > CONFIG_TTL_MS) {
      const stored = await this.storedIntegrations(now);
      this.signing = { at: now, secrets: new Map(stored.filter((i) => i.signingSecrets?.length).map((i) => [i.integration, i.signingSecrets!])) };
    }
    return this.signing.secrets;
  }

  private async storedIntegrations(_now: number): Promise<StoredIntegration[]> {
    const [row]: Array<{ value: StoredIntegration[] }> = await this.db.query(`SELECT value FROM seam_setting WHERE key = 'integrations'`);
    // every secret this process reads is one the logs must never show
    for (const stored of row?.value ?? []) [stored.secret, ...(stored.signingSecrets ?? [])].forEach((secret) => redactor.remember(secret));
    return row?.value ?? [];
  }

  /** The member's away flag before the change, or undefined when there is no such member. */
  async setAway(team: string, member: string, away: boolean, record?: (wasAway: boolean, manager: EntityManager) => Promise<void>): Promise<boolean> {
    const found = await this.db.transaction(async (manager) => {
      const [row]: Array<{ away: boolean }> = await manager.query(`SELECT away FROM team_member WHERE team = $1 AND id = $2 FOR UPDATE`, [team, member]);
      if (!row) return false;
      await manager.query(`UPDATE team_member SET away = $3 WHERE team = $1 AND id = $2`, [team, member, away]);
      await record?.(row.away, manager);
      return true;
    });
    this.invalidate();
    return found;
  }

  async setAwayPeriods(team: string, member: string, periods: (current: AwayPeriod[]) => AwayPeriod[]): Promise<AwayPeriod[] | undefined> {
    return this.db.transaction(async (manager) => {
      const [row]: Array<{ away_periods: AwayPeriod[] }> = await manager.query(`SELECT away_periods FROM team_member WHERE team = $1 AND id = $2 FOR UPDATE`, [team, member]);
      if (!row) return undefined;
      const next = periods(row.away_periods);
      await manager.query(`UPDATE team_member SET away_periods = $3 WHERE team = $1 AND id = $2`, [team, member, JSON.stringify(next)]);
      this.invalidate();
      return next;
    });
  }

  /** Only ChannelVerificationService calls this, after the channel's code was confirmed. */
  async markVerified(channelId: string, at: Date, manager: EntityManager = this.db.manager): Promise<boolean> {
    const [, count] = await manager.query(`UPDATE contact_channel SET verified_at = $2 WHERE id = $1`, [channelId, at]);
    this.invalidate();
    return count > 0;
  }

  async recordDelivery(channelId: string, ok: boolean, error: string | null, at = new Date()): Promise<void> {
    await this.db.query(`UPDATE contact_channel SET last_delivery_at = $2, last_delivery_ok = $3, last_delivery_error = $4 WHERE id = $1`, [channelId, at, ok, error]);
    this.invalidate();
  }

  async recordAuditRun(run: AuditRun): Promise<void> {
    await this.db.query(`INSERT INTO seam_setting (key, value) VALUES ('escalation_audit', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [JSON.stringify(run)]);
  }

  async lastAuditRun(): Promise<AuditRun | undefined> {
    const [row]: Array<{ value: AuditRun }> = await this.db.query(`SELECT value FROM seam_setting WHERE key = 'escalation_audit'`);
    return row?.value;
  }

  async markDrilled(team: string, at: Date): Promise<void> {
    await this.db.query(`UPDATE escalation_policy SET last_drill_at = $2 WHERE team = $1`, [team, at]);
    this.invalidate();
  }
}

const json = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));

function toChannel(row: ChannelRow): ContactChannel {
  return clean({
    id: row.id,
    kind: row.kind,
    target: row.target,
    verifiedAt: iso(row.verified_at),
    lastDelivery: row.last_delivery_at ? clean({ at: row.last_delivery_at.toISOString(), ok: row.last_delivery_ok ?? false, error: row.last_delivery_error }) : null,
  });
}
