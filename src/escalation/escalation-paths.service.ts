import { Injectable } from '@nestjs/common';
import { ConfigStore } from '../ownership/config.store';
import { isAway } from '../ownership/domain/away-periods';
import { SeamError } from '../platform/errors/seam-error';
import type { RenderedDocument } from '../platform/http/rendered-document';
import { auditBanner } from './domain/audit-banner';
import { renderOwnershipHtml, renderOwnershipMarkdown } from './domain/ownership-doc';
import { auditPaths } from './domain/path-audit';
import { reachability } from './domain/reachability';
import { onCallNowAndNext, type OnCallTurn } from './domain/schedule';

/** What the escalation plan makes of the configuration: who is on call, the ownership document, the audit. */
@Injectable()
export class EscalationPathsService {
  constructor(private readonly store: ConfigStore) {}

  /** Who is on call now and next in each of the team's rotations. */
  async onCall(slug: string, now = new Date()) {
    const team = (await this.store.load()).teams.find((t) => t.slug === slug);
    if (!team) throw new SeamError('team.not_found', [`team ${slug} does not exist`]);
    const describe = (turn: OnCallTurn | undefined) => {
      if (!turn) return null;
      const member = team.members.find((m) => m.id === turn.member);
      const at = new Date(Math.max(now.getTime(), Date.parse(turn.from)));
      return { ...turn, name: member?.name ?? turn.member, away: member ? isAway(member, at) : false };
    };
    const rotations = onCallNowAndNext(team, now).map((r) => ({
      rotation: r.rotation,
      now: describe(r.now),
      next: describe(r.next),
    }));
    return { team: slug, at: now.toISOString(), rotations };
  }

  /** Markdown, or HTML with format=html. */
  async ownershipDocument(format: string | undefined, now = new Date()): Promise<RenderedDocument> {
    const config = await this.store.load();
    if (format !== undefined && format !== 'html' && format !== 'markdown')
      throw new SeamError('request.invalid', ['format must be markdown or html']);
    if (format === 'html') return { contentType: 'text/html; charset=utf-8', body: renderOwnershipHtml(config, now) };
    return { contentType: 'text/markdown; charset=utf-8', body: renderOwnershipMarkdown(config, now) };
  }

  async escalationAudit(now = new Date()) {
    // uncached: an operator fixing a finding wants to see it go at once
    const config = await this.store.fresh();
    const findings = auditPaths(config, now);
    return {
      checkedAt: now.toISOString(),
      banner: auditBanner(config, findings),
      findings,
      reachability: reachability(config, now),
      // the worker's last run (after a change or on its schedule); the findings above are computed now
      lastRun: (await this.store.lastAuditRun()) ?? null,
    };
  }
}
