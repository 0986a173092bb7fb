import { redactor } from '../platform/logging/seam-logger';
import { Injectable } from '@nestjs/common';
import { SeamError } from '../platform/errors/seam-error';
import type { AwayPeriod, ContactChannel, NoiseSettings, SeamConfig, Team } from '../core/seam-config.types';
import type { AuditTrigger } from '../core/escalation-audit';
import { UnitOfWork, type Tx } from '../platform/database/unit-of-work';
import { TtlValue } from '../platform/ttl-cache';
import { HypercareWindowRepository } from './hypercare-window.repository';
import { KnownIssueRepository } from './known-issue.repository';
import { RoutingRuleRepository } from '../routing/routing-rule.repository';
import { CalendarDayRepository } from './calendar-day.repository';
import { ContactChannelRepository, type ContactChannelRow } from './contact-channel.repository';
import { EscalationPolicyRepository } from './escalation-policy.repository';
import { OwnerTeamRepository } from './owner-team.repository';
import { OwnershipQueriesRepository } from './ownership-queries.repository';
import { SeamSettingRepository } from './seam-setting.repository';
import { TeamMemberRepository } from './team-member.repository';

const CONFIG_TTL_MS = 5000;

/** Writes the audit record of a configuration change, given the configuration before and after, in its transaction. */
export type ChangeRecorder = (before: SeamConfig, after: SeamConfig, tx: Tx) => Promise<void>;

/** The escalation audit's latest run (the findings themselves are always computed fresh). */
export interface AuditRun {
  at: string;
  trigger: AuditTrigger;
  total: number;
  critical: number;
  kinds: string[];
}
export const DEFAULT_NOISE: NoiseSettings = { thresholds: {}, transientGraceMinutes: 10 };

type ChannelRow = ContactChannelRow;

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
const clean = <T extends object>(value: T): WithoutNulls<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as WithoutNulls<T>;

/**
 * The whole of seam.yaml in Postgres: read as one SeamConfig (cached briefly, like routing rules) and
 * replaced as one transaction, so a half-applied import never routes anything.
 */
@Injectable()
export class ConfigStore {
  private readonly cached = new TtlValue<SeamConfig>(CONFIG_TTL_MS);
  private readonly signing = new TtlValue<Map<string, string[]>>(CONFIG_TTL_MS);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly teamsTable: OwnerTeamRepository,
    private readonly membersTable: TeamMemberRepository,
    private readonly channelsTable: ContactChannelRepository,
    private readonly routesTable: RoutingRuleRepository,
    private readonly policiesTable: EscalationPolicyRepository,
    private readonly calendarTable: CalendarDayRepository,
    private readonly settings: SeamSettingRepository,
    private readonly knownIssuesTable: KnownIssueRepository,
    private readonly hypercareTable: HypercareWindowRepository,
    private readonly queries: OwnershipQueriesRepository,
  ) {}

  invalidate(): void {
    this.cached.clear();
    this.signing.clear();
  }

  /** Load before opening a transaction: it reads on its own connection. */
  async load(now = Date.now()): Promise<SeamConfig> {
    return this.cached.getOrLoad(now, () => this.read());
  }

  /** Uncached: what an export or an audit right after a change must see. */
  async fresh(): Promise<SeamConfig> {
    this.invalidate();
    return this.load();
  }

  async channel(id: string): Promise<StoredChannel | undefined> {
    const row = await this.channelsTable.findById(id);
    redactor.remember(row?.secret);
    return row && { ...toChannel(row), team: row.team, memberId: row.member_id, secret: row.secret ?? undefined };
  }

  /** Within the transaction when given one; otherwise each table is read on its own. */
  async read(tx?: Tx): Promise<SeamConfig> {
    const teams = await this.teamsTable.listForConfig(tx);
    const members = await this.membersTable.listForConfig(tx);
    const channels = await this.channelsTable.listForConfig(tx);
    const routes = await this.routesTable.listForConfig(tx);
    const policies = await this.policiesTable.listForConfig(tx);
    const calendar = await this.calendarTable.listForConfig(tx);
    const known = await this.knownIssuesTable.listForConfig(tx);
    const noise = await this.settings.findById<NoiseSettings>('noise', tx);
    const privacy = await this.settings.findById<SeamConfig['privacy']>('privacy', tx);
    const integrations = await this.settings.integrationsWithoutSecrets(tx);
    const hypercare = await this.hypercareTable.listForConfig(tx);

    return {
      teams: teams.map(
        (team) =>
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
              .map((m) =>
                clean({
                  id: m.id,
                  name: m.name,
                  timeZone: m.time_zone,
                  away: m.away || undefined,
                  awayPeriods: m.away_periods.length ? m.away_periods : undefined,
                  channels: channels.filter((c) => c.team === team.slug && c.member_id === m.id).map(toChannel),
                }),
              ),
            channels: channels.filter((c) => c.team === team.slug && c.member_id === null).map(toChannel),
          }) as Team,
      ),
      routing: routes.map((r) =>
        clean({
          priority: r.priority,
          classification: r.classification,
          category: r.category,
          system: r.system,
          entity: r.entity,
          integration: r.integration,
          team: r.owner_team,
        }),
      ),
      policies: policies.map((p) =>
        clean({
          team: p.team,
          levels: p.levels,
          urgency: p.urgency,
          pageAtRecords: p.page_at_records,
          calendarWindowDays: p.calendar_window_days,
          ackWithinMinutes: p.ack_within_minutes,
          lastDrillAt: iso(p.last_drill_at) ?? undefined,
        }),
      ),
      calendar: calendar.map((d) => clean({ date: d.date, kind: d.kind, name: d.name, region: d.region })),
      knownIssues: known.map((k) =>
        clean({
          id: k.id,
          title: k.title,
          supportScript: k.support_script,
          release: k.release,
          expiresAt: k.expires_at.toISOString(),
          maxRecords: k.max_records,
          match: k.match,
        }),
      ),
      noise: noise ?? DEFAULT_NOISE,
      ...(integrations ? { integrations } : {}),
      ...(privacy ? { privacy } : {}),
      hypercare: hypercare.map((h) =>
        clean({
          integration: h.integration,
          from: h.starts_at.toISOString(),
          until: h.ends_at.toISOString(),
          engineeringTeam: h.engineering_team,
          firstResponderTeam: h.first_responder_team,
        }),
      ),
    };
  }

  /**
   * Replaces everything seam.yaml holds. Channel delivery history and verification survive when a
   * channel keeps its id and target: re-importing the same file must not make every contact unverified.
   */
  async replace(config: SeamConfig, secrets: Map<string, string | undefined>, record?: ChangeRecorder): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      const before = record ? await this.read(tx) : undefined;
      const history = await this.channelsTable.listAll(tx);
      const previous = new Map(history.map((row) => [row.id, row]));
      // what people set through the API (away, drills) stays unless the file says otherwise
      const people = await this.membersTable.listPeopleState(tx);
      const personBefore = new Map(people.map((row) => [`${row.team}\u0000${row.id}`, row]));
      const drilledBefore = await this.policiesTable.lastDrills(tx);
      // a team that still owns open issues cannot vanish: its issues would be queued to nobody
      const removed = await this.queries.openIssuesOfTeamsOtherThan(
        config.teams.map((t) => t.slug),
        tx,
      );
      if (removed.length > 0)
        throw new SeamError(
          'config.invalid',
          removed.map(
            (row) =>
              `teams: team "${row.owner_team}" owns ${row.open} open issue(s) and would be removed; keep the team, or reassign or resolve its issues first`,
          ),
        );
      await this.routesTable.deleteAll(tx);
      await this.channelsTable.deleteAll(tx);
      await this.membersTable.deleteAll(tx);
      await this.policiesTable.deleteAll(tx);
      await this.teamsTable.deleteAllExcept(
        config.teams.map((t) => t.slug),
        tx,
      );
      for (const team of config.teams) {
        await this.teamsTable.upsert(team, tx);
        for (const [position, member] of team.members.entries()) {
          const before = personBefore.get(`${team.slug}\u0000${member.id}`);
          await this.membersTable.insert(
            {
              team: team.slug,
              id: member.id,
              name: member.name,
              timeZone: member.timeZone ?? null,
              away: member.away ?? before?.away ?? false,
              awayPeriods: member.awayPeriods ?? before?.away_periods ?? [],
              position,
            },
            tx,
          );
        }
        const owned = [
          ...team.members.flatMap((m) => m.channels.map((c) => ({ channel: c, memberId: m.id as string | null }))),
          ...(team.channels ?? []).map((c) => ({ channel: c, memberId: null })),
        ];
        for (const { channel, memberId } of owned) {
          const before = previous.get(channel.id);
          const same = before && before.target === channel.target && before.kind === channel.kind;
          await this.channelsTable.insert(
            {
              id: channel.id,
              team: team.slug,
              member_id: memberId,
              kind: channel.kind,
              target: channel.target,
              secret: secrets.get(channel.id) ?? (same ? before.secret : null),
              // only a code sent through the channel verifies it (channel-verification.service.ts): a file
              // saying verifiedAt is not evidence, so a re-import keeps what was verified and nothing more
              verified_at: same ? before.verified_at : null,
              last_delivery_at: same ? before.last_delivery_at : null,
              last_delivery_ok: same ? before.last_delivery_ok : null,
              last_delivery_error: same ? before.last_delivery_error : null,
            },
            tx,
          );
        }
      }
      for (const route of config.routing) {
        await this.routesTable.insert(
          {
            priority: route.priority,
            classification: route.classification ?? null,
            category: route.category ?? null,
            system: route.system ?? null,
            entity: route.entity ?? null,
            integration: route.integration ?? null,
            owner_team: route.team,
          },
          tx,
        );
      }
      for (const policy of config.policies) {
        await this.policiesTable.insert(
          {
            team: policy.team,
            levels: policy.levels,
            urgency: policy.urgency ?? {},
            pageAtRecords: policy.pageAtRecords ?? null,
            calendarWindowDays: policy.calendarWindowDays ?? null,
            ackWithinMinutes: policy.ackWithinMinutes ?? null,
            lastDrillAt: policy.lastDrillAt ?? drilledBefore.get(policy.team) ?? null,
          },
          tx,
        );
      }
      await this.calendarTable.deleteAll(tx);
      for (const day of config.calendar) await this.calendarTable.insert(day, tx);
      await this.knownIssuesTable.replaceAll(config.knownIssues, tx);
      await this.settings.put('noise', config.noise, tx);
      const previousIntegrations = await this.settings.findById<StoredIntegration[]>('integrations', tx);
      const kept = new Map((previousIntegrations ?? []).map((i) => [i.integration, i]));
      const integrations: StoredIntegration[] = (config.integrations ?? []).map((i) => {
        const before = kept.get(i.integration);
        const secret =
          secrets.get(`integration:${i.integration}`) ?? (before?.retryUrl === i.retryUrl ? before?.secret : undefined);
        // absent from the file (an export never carries them): keep the ones in force; [] removes them
        const given = secrets.get(`signing:${i.integration}`);
        const signingSecrets = given !== undefined ? (JSON.parse(given) as string[]) : before?.signingSecrets;
        return { ...i, ...(secret ? { secret } : {}), ...(signingSecrets?.length ? { signingSecrets } : {}) };
      });
      await this.settings.put('integrations', integrations, tx);
      if (config.privacy) await this.settings.put('privacy', config.privacy, tx);
      else await this.settings.delete('privacy', tx);
      await this.hypercareTable.replaceAll(config.hypercare, tx);
      // in the same transaction: a change and its audit record commit together or not at all
      if (record && before) await record(before, await this.read(tx), tx);
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
    return this.signing.getOrLoad(now, async () => {
      const stored = await this.storedIntegrations(now);
      return new Map(stored.filter((i) => i.signingSecrets?.length).map((i) => [i.integration, i.signingSecrets!]));
    });
  }

  private async storedIntegrations(_now: number): Promise<StoredIntegration[]> {
    const stored = (await this.settings.findById<StoredIntegration[]>('integrations')) ?? [];
    // every secret this process reads is one the logs must never show
    for (const integration of stored)
      [integration.secret, ...(integration.signingSecrets ?? [])].forEach((secret) => redactor.remember(secret));
    return stored;
  }

  /** The member's away flag before the change, or undefined when there is no such member. */
  async setAway(
    team: string,
    member: string,
    away: boolean,
    record?: (wasAway: boolean, tx: Tx) => Promise<void>,
  ): Promise<boolean> {
    const found = await this.unitOfWork.run(async (tx) => {
      const wasAway = await this.membersTable.lockAway(team, member, tx);
      if (wasAway === undefined) return false;
      await this.membersTable.setAway(team, member, away, tx);
      await record?.(wasAway, tx);
      return true;
    });
    this.invalidate();
    return found;
  }

  async setAwayPeriods(
    team: string,
    member: string,
    periods: (current: AwayPeriod[]) => AwayPeriod[],
  ): Promise<AwayPeriod[] | undefined> {
    return this.unitOfWork.run(async (tx) => {
      const current = await this.membersTable.lockAwayPeriods(team, member, tx);
      if (current === undefined) return undefined;
      const next = periods(current);
      await this.membersTable.setAwayPeriods(team, member, next, tx);
      this.invalidate();
      return next;
    });
  }

  /** Only ChannelVerificationService calls this, after the channel's code was confirmed. */
  async markVerified(channelId: string, at: Date, tx?: Tx): Promise<boolean> {
    const found = await this.channelsTable.markVerified(channelId, at, tx);
    this.invalidate();
    return found;
  }

  async recordDelivery(channelId: string, ok: boolean, error: string | null, at = new Date()): Promise<void> {
    await this.channelsTable.recordDelivery(channelId, ok, error, at);
    this.invalidate();
  }

  async recordAuditRun(run: AuditRun): Promise<void> {
    await this.settings.put('escalation_audit', run);
  }

  async lastAuditRun(): Promise<AuditRun | undefined> {
    return this.settings.findById<AuditRun>('escalation_audit');
  }

  async markDrilled(team: string, at: Date): Promise<void> {
    await this.policiesTable.markDrilled(team, at);
    this.invalidate();
  }
}

function toChannel(row: ChannelRow): ContactChannel {
  return clean({
    id: row.id,
    kind: row.kind,
    target: row.target,
    verifiedAt: iso(row.verified_at),
    lastDelivery: row.last_delivery_at
      ? clean({
          at: row.last_delivery_at.toISOString(),
          ok: row.last_delivery_ok ?? false,
          error: row.last_delivery_error,
        })
      : null,
  });
}
