import { Injectable, Logger } from '@nestjs/common';
import { IssueRepository } from '../issues/issue.repository';
import { AuditService } from '../audit/audit.service';
import type { IssueEscalation } from '../core/issue-escalation';
import { ConfigStore } from '../ownership/config.store';
import { UnitOfWork, type Tx } from '../platform/database/unit-of-work';
import { ESCALATION_QUEUE, type EscalatePayload } from '../platform/queue/queue-catalogue';
import { QueueService } from '../platform/queue/queue.service';
import { DigestService } from './digest.service';
import { describeOutcome, skipped, type EscalationOutcome } from './domain/escalation-outcome';
import { planEscalation, policyFor, urgencyOf, type EscalationStep } from './domain/escalation-plan';
import type { EscalationPolicy, SeamConfig, Team, Urgency } from '../core/seam-config.types';
import {
  delayUntil,
  jobIdOf,
  nextLevel,
  reachedNobody,
  stepDueAt,
  stepJobId,
  stopReason,
  type PendingStep,
} from './domain/escalation-due';
import { escalationStateKey, noiseDecision, type NoiseDecision, type NoiseFacts } from './domain/noise';
import { EscalationPendingRepository } from './escalation-pending.repository';
import { EscalationQueriesRepository, type EscalationIssue } from './escalation-queries.repository';
import { NotificationBudgetService } from './notification-budget.service';
import { jobMissing, NotificationWriter } from './notification-writer';
import { NotificationRepository } from './notification.repository';

const MAX_LEVELS = 10;

type IssueRow = EscalationIssue;

/** Everything one escalation step works with, instead of six positional parameters. */
interface StepContext {
  issue: IssueRow;
  job: EscalatePayload;
  config: SeamConfig;
  team: Team;
  policy: EscalationPolicy;
  /** the clock the plan reads (shifted for an "as if" drill) */
  now: Date;
  /** the wall clock: due times and delays are real */
  realNow: Date;
}

/** The escalation state key (escalationStateKey) of an issue row. */
export const keyOf = (
  issue: Pick<IssueRow, 'id' | 'status' | 'classification' | 'owner_team' | 'regressions'>,
): string => escalationStateKey({ ...issue, ownerTeam: issue.owner_team });

const payloadOf = (step: PendingStep): EscalatePayload => ({
  issueId: step.issueId,
  stateKey: step.stateKey,
  level: step.level,
  ...(step.startedAt ? { startedAt: step.startedAt.toISOString() } : {}),
  ...(step.clockOffsetMs ? { clockOffsetMs: step.clockOffsetMs } : {}),
});

/**
 * Decides, after each stored failure, whether an issue's owner should hear of it, and runs the
 * escalation chain level by level until someone acknowledges. The next step of each chain is a row in
 * escalation_pending (Postgres); a BullMQ delayed job makes it fire on time, and the periodic sweep
 * re-creates the job of any due step whose job was lost. The decisions (noise, known issues, urgency,
 * plan, what is due) are the pure functions in ./domain; this is their glue.
 */
@Injectable()
export class EscalationService implements IssueEscalation {
  private readonly logger = new Logger(EscalationService.name);

  constructor(
    private readonly issues: IssueRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly store: ConfigStore,
    private readonly queues: QueueService,
    private readonly audit: AuditService,
    private readonly budget: NotificationBudgetService,
    private readonly pending: EscalationPendingRepository,
    private readonly queries: EscalationQueriesRepository,
    private readonly notifications: NotificationRepository,
    private readonly writer: NotificationWriter,
    private readonly digests: DigestService,
  ) {}

  /** Cheap when nothing is due: one read. Never throws: a missed check is retried by the next event or the sweep. */
  async consider(issueId: string): Promise<void> {
    try {
      const issue = await this.issue(issueId);
      if (!issue || issue.status === 'resolved' || issue.status === 'acknowledged') return;
      const stateKey = keyOf(issue);
      if (issue.notified_state_key === stateKey) return;
      const clockOffsetMs = issue.drill_id ? await this.queries.drillClockOffset(issue.drill_id) : 0;
      // one check per committed batch of the issue's failures until the state is notified: the batch that
      // crosses a threshold must be the one that notifies (after that, consider() stops at the read above)
      await this.queues.enqueue(
        'escalate',
        { issueId, stateKey, level: 0, ...(clockOffsetMs ? { clockOffsetMs } : {}) },
        { jobId: jobIdOf('check', stateKey, issue.occurrences) },
      );
    } catch (error) {
      this.logger.warn(`escalation check for issue ${issueId} not queued: ${(error as Error).message}`);
    }
  }

  /** Acknowledging (or resolving) stops the chain: the pending level is dropped, and its job removed. */
  async stop(issue: Pick<IssueRow, 'id'>, actor: string, reason: string): Promise<void> {
    const dropped = await this.pending.drop(issue.id);
    if (!dropped) return;
    await this.queues.evictOnFailure(ESCALATION_QUEUE, (queue) => queue.remove(stepJobId(dropped))).catch(() => 0);
    if (dropped.startedAt)
      await this.audit.record([
        { issueId: issue.id, actor, action: 'escalation_stopped', detail: { level: dropped.level, reason } },
      ]);
  }

  /** After an automatic resolution: the pending level is dropped now rather than when it would have fired. Never throws. */
  async stopAfterAutoResolve(issueId: string): Promise<void> {
    try {
      const issue = await this.issue(issueId);
      if (!issue || issue.status !== 'resolved') return;
      const dropped = await this.pending.drop(issue.id);
      if (!dropped) return;
      await this.queues.evictOnFailure(ESCALATION_QUEUE, (queue) => queue.remove(stepJobId(dropped))).catch(() => 0);
      const reason = stopReason({ status: issue.status, resolvedReason: issue.resolved_reason });
      if (dropped.startedAt)
        await this.audit.record([
          { issueId, actor: 'system', action: 'escalation_stopped', detail: { level: dropped.level, reason } },
        ]);
    } catch (error) {
      this.logger.warn(
        `escalation of issue ${issueId} not stopped after its resolution (its job will): ${(error as Error).message}`,
      );
    }
  }

  /** Runs one escalation job; what it did, as a sentence for the queue's trace. */
  async handle(job: EscalatePayload, realNow = new Date()): Promise<string> {
    return describeOutcome(await this.step(job, realNow));
  }

  private async step(job: EscalatePayload, realNow: Date): Promise<EscalationOutcome> {
    // delays stay real; only the clock the plan reads (business hours, calendar) moves for an "as if" drill
    const now = new Date(realNow.getTime() + (job.clockOffsetMs ?? 0));
    const issue = await this.issue(job.issueId);
    if (!issue) return skipped('issue gone');
    if (keyOf(issue) !== job.stateKey || issue.status === 'resolved' || issue.status === 'acknowledged') {
      // whatever was pending for the old state is dropped; a chain that was running says so on the timeline
      const dropped = await this.pending.drop(issue.id, job.stateKey);
      if (dropped?.startedAt) {
        const reason = stopReason({ status: issue.status, resolvedReason: issue.resolved_reason });
        await this.audit.record([
          {
            issueId: issue.id,
            actor: 'system',
            action: 'escalation_stopped',
            detail: { level: dropped.level, reason },
          },
        ]);
      }
      return skipped('state changed');
    }
    const config = await this.store.load();
    const team = config.teams.find((t) => t.slug === issue.owner_team) ?? {
      slug: issue.owner_team,
      name: issue.owner_team,
      members: [],
    };
    const policy = policyFor(config.policies, team);
    const context: StepContext = { issue, job, config, team, policy, now, realNow };
    if (!job.startedAt) return this.check(context);
    return this.runLevel(context);
  }

  /** Level 0 without a chain yet: noise control decides whether one starts. */
  private async check(context: StepContext): Promise<EscalationOutcome> {
    const { issue } = context;
    // a re-check that finds the state already told (a chain ran, or the digest has it) has nothing to add
    if (issue.notified_state_key === context.job.stateKey) return skipped('already notified');
    await this.copyHypercare(context);
    await this.supersedeChain(issue.id, context.job.stateKey);
    // a drill exists to exercise the chain: noise control would only hide what it is testing
    if (!issue.drill_id) {
      const decision = noiseDecision(
        context.config.noise,
        context.config.knownIssues,
        await this.noiseFacts(issue, context.config),
        context.now,
        context.policy.pageAtRecords,
      );
      if (decision.knownIssue && issue.known_issue_id !== decision.knownIssue.id)
        await this.labelKnownIssue(issue, decision.knownIssue);
      if (!decision.notify) return this.withhold(context, decision);
      if (decision.knownIssue)
        await this.recordOnce(issue.id, context.job.stateKey, 'known_issue_outgrown', {
          knownIssue: decision.knownIssue.id,
          reason: decision.reason,
        });
    }
    return this.startChain(context);
  }

  /** A chain of the issue's previous state (reclassified or rerouted mid-chain) stops: the new state decides anew. */
  private async supersedeChain(issueId: string, stateKey: string): Promise<void> {
    const previous = await this.pending.find(issueId);
    if (!previous?.startedAt || previous.stateKey === stateKey) return;
    const dropped = await this.pending.drop(issueId, previous.stateKey);
    if (!dropped) return;
    await this.queues.evictOnFailure(ESCALATION_QUEUE, (queue) => queue.remove(stepJobId(dropped))).catch(() => 0);
    const reason = 'the issue changed state (class or owner); its new state is escalated on its own';
    await this.audit.record([
      { issueId, actor: 'system', action: 'escalation_stopped', detail: { level: dropped.level, reason } },
    ]);
  }

  private async labelKnownIssue(issue: IssueRow, known: NonNullable<NoiseDecision['knownIssue']>): Promise<void> {
    // a write to the issue table: it moves to the issues capability's repository (issue 14, repo-issues)
    await this.issues.labelKnownIssue(issue.id, known.id);
    const detail = {
      knownIssue: known.id,
      title: known.title,
      supportScript: known.supportScript ?? null,
      expiresAt: known.expiresAt,
    };
    await this.audit.record([{ issueId: issue.id, actor: 'system', action: 'known_issue_matched', detail }]);
  }

  /**
   * Not now: the decision goes on the timeline (once per state and kind of reason), and the issue is
   * looked at again when the reason may have lapsed (grace over, known issue expired, record old enough).
   */
  private async withhold(
    context: StepContext,
    decision: Extract<NoiseDecision, { notify: false }>,
  ): Promise<EscalationOutcome> {
    const { issue, job } = context;
    if (decision.recheckAt) {
      const step = stepDueAt(job, { level: 0, startedAt: null, at: decision.recheckAt, reason: decision.code });
      if (await this.pending.scheduleRecheck(step)) await this.enqueueStep(step, context.realNow);
    } else {
      await this.pending.dropRecheck(issue.id, job.stateKey);
    }
    await this.recordOnce(issue.id, job.stateKey, 'notification_withheld', {
      code: decision.code,
      reason: decision.reason,
      ...(decision.knownIssue ? { knownIssue: decision.knownIssue.id } : {}),
      recheckAt: decision.recheckAt?.toISOString() ?? null,
    });
    return { kind: 'withheld', reason: decision.reason };
  }

  /** One timeline entry per issue state and kind (code): every event re-checks, the timeline need not say it each time. */
  private async recordOnce(
    issueId: string,
    stateKey: string,
    action: string,
    detail: Record<string, unknown>,
  ): Promise<void> {
    const code = String(detail.code ?? action);
    const seen = await this.queries.recordedForState(issueId, action, stateKey, code);
    if (!seen) await this.audit.record([{ issueId, actor: 'system', action, detail: { stateKey, ...detail } }]);
  }

  private async startChain(context: StepContext): Promise<EscalationOutcome> {
    const { issue, job, config, team, policy, now } = context;
    const urgency = urgencyOf(
      policy,
      { classification: issue.classification, distinctRecords: issue.distinct_records },
      config.calendar,
      now,
      team,
    );
    if (urgency.urgency === 'digest') {
      await this.pending.dropRecheck(issue.id, job.stateKey);
      return this.digests.queueForDigest(issue.id, job.stateKey, team, urgency.why);
    }
    const [first] = this.plan(config, team, policy, urgency.urgency, now);
    if (!first) return skipped('no levels');
    const step = stepDueAt(job, { level: 0, startedAt: now, at: first.at, reason: 'level' });
    if (!(await this.pending.startChain(step))) return skipped('chain already started');
    await this.enqueueStep(step, context.realNow);
    const deferred = first.at.getTime() > now.getTime();
    if (deferred) {
      await this.audit.record([
        {
          issueId: issue.id,
          actor: 'system',
          action: 'notification_deferred',
          detail: { until: first.at.toISOString(), urgency: urgency.urgency, why: urgency.why },
        },
      ]);
    }
    return { kind: 'chain', deferred };
  }

  /** The fast path: a delayed job for the step. A failure here is the sweep's to repair, not the caller's. */
  private async enqueueStep(step: PendingStep, realNow: Date): Promise<void> {
    try {
      await this.queues.enqueue('escalate', payloadOf(step), {
        jobId: stepJobId(step),
        delay: delayUntil(step.dueAt, realNow),
      });
    } catch (error) {
      this.logger.warn(
        `escalation step for issue ${step.issueId} not queued (the sweep will): ${(error as Error).message}`,
      );
    }
  }

  private async runLevel(context: StepContext): Promise<EscalationOutcome> {
    const { issue, job, config, team, policy, realNow } = context;
    const startedAt = new Date(job.startedAt!);
    const urgency = urgencyOf(
      policy,
      { classification: issue.classification, distinctRecords: issue.distinct_records },
      config.calendar,
      startedAt,
      team,
    );
    const steps = this.plan(config, team, policy, urgency.urgency, startedAt);
    const following = nextLevel(steps, job.level, MAX_LEVELS);
    const next = following
      ? stepDueAt(job, { level: following.level, startedAt, at: following.dueAt, reason: 'level' })
      : null;
    const deliveries: string[] = [];
    // taking the level, its notification rows and its timeline entry commit together: a crash before the
    // commit leaves the level due (the job's retry or the sweep fires it), after it only deliveries remain
    const outcome = await this.unitOfWork.run(async (tx): Promise<EscalationOutcome> => {
      // taken by another run of this job (a retry, or the sweep's copy): it notified already
      if (!(await this.takeLevel(issue, job, next, tx))) return skipped('already notified');
      // after taking the level, so each issue state spends from the budget once; a drill tests the chain, not the budget
      if (job.level === 0 && !issue.drill_id) {
        const held = await this.overBudget(issue, team, context.now, tx);
        if (held) {
          await this.pending.drop(issue.id, job.stateKey, tx);
          return held;
        }
      }
      const step = steps[job.level];
      if (!step) return skipped('no such level');
      const targets = this.writer.channelsOf(config, team, step);
      const notification = {
        issueId: issue.id,
        drillId: issue.drill_id,
        stateKey: job.stateKey,
        level: job.level,
        afterHours: step.afterHours,
      };
      deliveries.push(...(await this.writer.forIssue(tx, notification, targets)));
      const sent = { channels: targets.map((target) => target.channelId) };
      const common = {
        level: job.level,
        team: team.slug,
        recipients: step.recipients.map((id) => nameOf(config, team, id)),
        afterHours: step.afterHours,
        // what a drill's verdict reads: whether the level's own people were reached or the lead stood in
        ...(step.fallback ? { fallback: step.fallback } : {}),
        ...(step.skippedAway.length ? { skippedAway: step.skippedAway } : {}),
        urgency: urgency.urgency,
        why: urgency.why,
        ...(issue.drill_id ? { drill: issue.drill_id } : {}),
      };
      // a level that reached no channel told nobody: the timeline says so as an error, not as "notified"
      const entry =
        sent.channels.length === 0
          ? {
              action: 'escalation_unreachable',
              detail: {
                ...common,
                error: 'nobody was reachable',
                note: 'no recipient of this level has a contact channel',
              },
            }
          : { action: job.level === 0 ? 'notified' : 'escalated', detail: { ...common, channels: sent.channels } };
      await this.audit.record([{ issueId: issue.id, actor: 'system', ...entry }], tx);
      return { kind: 'level', level: job.level, channels: sent.channels.length };
    });
    if (outcome.kind !== 'level') return outcome;
    await this.writer
      .deliver(deliveries)
      .catch((error) =>
        this.logger.warn(`deliveries of issue ${issue.id} not queued (the sweep will): ${(error as Error).message}`),
      );
    if (next) await this.enqueueStep(next, realNow);
    return outcome;
  }

  /**
   * Takes the level: the pending row moves on to the next level (compare-and-set, so a job and the sweep
   * that both see the level fire it once), and the issue records it. A level job queued before the
   * pending rows existed has none: the issue row's own claim keeps such a job to once.
   */
  private async takeLevel(issue: IssueRow, job: EscalatePayload, next: PendingStep | null, tx: Tx): Promise<boolean> {
    let taken = await this.pending.take(issue.id, job.stateKey, job.level, next, tx);
    if (!taken && !(await this.pending.find(issue.id, tx))) {
      taken = await this.issues.claimLevel(issue.id, job.stateKey, job.level, tx);
      if (taken && next) await this.pending.startChain(next, tx);
      return taken;
    }
    if (taken) await this.issues.markNotified(issue.id, job.stateKey, job.level, tx);
    return taken;
  }

  /**
   * A level whose every page was dead-lettered reached nobody: the next level is brought forward to now
   * rather than waiting out its delay. Called by delivery when it dead-letters a notification.
   */
  async afterDeadLetter(issueId: string, stateKey: string, level: number, realNow = new Date()): Promise<void> {
    if (!reachedNobody(await this.notifications.statusesOfLevel(issueId, stateKey, level))) return;
    const step = await this.pending.bringForward(issueId, stateKey, level + 1, realNow);
    if (!step) return;
    await this.audit.record([
      {
        issueId,
        actor: 'system',
        action: 'escalation_brought_forward',
        detail: { level: step.level, because: `every notification of level ${level + 1} was dead-lettered` },
      },
    ]);
    await this.enqueueStep(step, realNow);
  }

  /**
   * One failing request can open hundreds of issues at once: past the integration's (or everyone's) page
   * budget for the window, an issue is held, stays open and visible, and its owners get one summary at
   * the window's end instead of a page each. The chain stops here; the issue's state counts as told.
   */
  private async overBudget(issue: IssueRow, team: Team, now: Date, tx: Tx): Promise<EscalationOutcome | undefined> {
    const { decision, window } = await this.budget.admit(issue.integration, team.slug, now, tx);
    if (decision.page) return undefined;
    await this.audit.record(
      [
        {
          issueId: issue.id,
          actor: 'system',
          action: 'notification_held',
          detail: {
            integration: issue.integration,
            team: team.slug,
            scope: decision.scope,
            reason: decision.reason,
            window: window.start.toISOString(),
            summaryAt: window.end.toISOString(),
          },
        },
      ],
      tx,
    );
    return { kind: 'withheld', reason: 'held by the notification budget' };
  }

  /**
   * The periodic sweep: makes sure every due escalation step has a job (Redis may have lost it), every
   * undelivered notification has one, re-checks issues whose check was never queued (the queue was down
   * right after their commit), and sends each team's digest once a day, in its business hours.
   */
  async sweep(
    now = new Date(),
  ): Promise<{ rechecked: number; requeued: number; redelivered: number; digests: number; budgetSummaries: number }> {
    const missed = await this.queries.unnotifiedIssues();
    for (const id of missed) await this.consider(id);
    // each part on its own: a queue that cannot answer must not keep digests and summaries from going out
    const part = (what: string, work: Promise<number>) =>
      work.catch((error) => {
        this.logger.warn(`escalation sweep: ${what} failed: ${(error as Error).message}`);
        return 0;
      });
    return {
      rechecked: missed.length,
      requeued: await part('re-creating due steps', this.requeueDueSteps(now)),
      redelivered: await part('re-queueing deliveries', this.writer.requeueStale(now)),
      digests: await part('digests', this.digests.sendDigests(now)),
      budgetSummaries: await part('budget summaries', this.digests.sendBudgetSummaries(now)),
    };
  }

  /** Every due step whose job is gone (or finished without taking it) gets one again. */
  private async requeueDueSteps(now: Date): Promise<number> {
    let requeued = 0;
    for (const step of await this.pending.due(now)) {
      const jobId = stepJobId(step);
      if (await jobMissing(this.queues, ESCALATION_QUEUE, jobId)) {
        await this.queues.enqueue('escalate', payloadOf(step), { jobId });
        requeued += 1;
      }
    }
    if (requeued) this.logger.warn(`escalation sweep re-created ${requeued} due step(s) whose job was missing`);
    return requeued;
  }

  /**
   * In an integration's hypercare window the handover is not done yet: support stays first responder and
   * the build team is copied as second line, so both hear of every new state of every issue, whatever
   * noise control or the owner's chain does with it. A copy is labelled as one (copy_of) and keeps the
   * copied team's hours unless the issue pages. Once per state: the rows' unique key sees to that.
   */
  private async copyHypercare(context: StepContext): Promise<void> {
    const { issue, job, config, team, policy, now, realNow } = context;
    const window = config.hypercare.find(
      (w) => w.integration === issue.integration && new Date(w.from) <= now && now < new Date(w.until),
    );
    if (!window) return;
    const { urgency } = urgencyOf(
      policy,
      { classification: issue.classification, distinctRecords: issue.distinct_records },
      config.calendar,
      now,
      team,
    );
    const offset = job.clockOffsetMs ?? 0;
    for (const slug of [window.firstResponderTeam ?? 'support', window.engineeringTeam ?? 'engineering']) {
      const other = config.teams.find((t) => t.slug === slug);
      if (!other || other.slug === team.slug) continue;
      const otherPolicy = policyFor(config.policies, other);
      const [first] = this.plan(config, other, otherPolicy, urgency === 'page' ? 'page' : 'business_hours', now);
      if (!first) continue;
      const deliverAfter = first.at.getTime() > now.getTime() ? new Date(first.at.getTime() - offset) : null;
      const targets = this.writer.channelsOf(config, other, first);
      const copy = {
        issueId: issue.id,
        drillId: issue.drill_id,
        stateKey: `${job.stateKey}:copy`,
        level: 0,
        afterHours: first.afterHours,
      };
      const ids = await this.unitOfWork.run((tx) =>
        this.writer.forIssue(tx, { ...copy, copyOf: team.slug, deliverAfter }, targets),
      );
      const channels = targets.map((target) => target.channelId);
      if (ids.length === 0) continue;
      await this.writer.deliver(ids, deliverAfter ? delayUntil(deliverAfter, realNow) : 0);
      const detail = {
        team: other.slug,
        copyOf: team.slug,
        channels,
        urgency,
        ...(deliverAfter ? { deliverAfter: deliverAfter.toISOString() } : {}),
      };
      await this.audit.record([{ issueId: issue.id, actor: 'system', action: 'hypercare_copied', detail }]);
    }
  }

  private plan(
    config: SeamConfig,
    team: Team,
    policy: EscalationPolicy,
    urgency: Urgency,
    openedAt: Date,
  ): EscalationStep[] {
    return planEscalation({ policy, team, teams: config.teams, urgency, openedAt, calendar: config.calendar });
  }

  private async noiseFacts(issue: IssueRow, config: SeamConfig): Promise<NoiseFacts> {
    const windows = [
      ...new Set(
        Object.values(config.noise.thresholds)
          .map((t) => t!.windowMinutes)
          .concat([60]),
      ),
    ];
    const counts = new Map<number, number>();
    for (const minutes of windows) counts.set(minutes, await this.queries.failuresWithin(issue.id, minutes));
    const oldestFailingSince = await this.queries.oldestFailingSince(issue.id);
    return {
      classification: issue.classification,
      category: issue.category,
      status: issue.status,
      integration: issue.integration,
      system: issue.target_system ?? issue.source_system,
      sampleMessage: issue.sample_message,
      release: issue.last_release,
      failuresInWindow: (minutes: number) => counts.get(minutes) ?? issue.occurrences,
      oldestFailingSince,
      firstSeenAt: issue.first_seen_at,
      reopenedAt: issue.regressions > 0 ? await this.queries.reopenedAt(issue.id) : null,
      releaseMarkers: config.knownIssues.some((known) => known.release)
        ? await this.queries.releaseMarkers(
            issue.integration,
            issue.source_system,
            issue.target_system ?? issue.source_system,
          )
        : [],
      distinctRecords: issue.distinct_records,
      resolvedAt: issue.resolved_at,
      resolvedReason: issue.resolved_reason,
    };
  }

  private issue(id: string): Promise<IssueRow | undefined> {
    return this.queries.issue(id);
  }
}

function nameOf(config: SeamConfig, team: Team, memberId: string): string {
  for (const t of [team, ...config.teams]) {
    const member = t.members.find((m) => m.id === memberId);
    if (member) return member.name;
  }
  return memberId;
}
