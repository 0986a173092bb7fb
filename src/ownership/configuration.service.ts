import { Injectable } from '@nestjs/common';
import type { Caller } from '../access/key.store';
import { AuditService } from '../audit/audit.service';
import { AUDIT_ACTIONS } from '../audit/domain/audit-actions';
import { EscalationAudit } from '../core/escalation-audit';
import type { SeamConfig } from '../core/seam-config.types';
import { AppConfig, outboundPolicyOf } from '../platform/config/app-config';
import { SeamError } from '../platform/errors/seam-error';
import type { RenderedDocument } from '../platform/http/rendered-document';
import type { OutboundPolicy } from '../platform/outbound/domain/outbound-policy';
import { RoutingService } from '../routing/routing.service';
import { ConfigStore } from './config.store';
import { configChanges } from './domain/config-changes';
import { outboundTargetErrors } from './domain/outbound-targets';
import { withRedactedTargets } from './domain/target-redaction';
import { parseSeamConfig, toSeamYaml, withTeam, type ParsedConfig } from './seam-yaml';

/**
 * seam.yaml over HTTP: what each caller may read of it, and a change applied as one transaction with its
 * audit record, after which routing reloads and the escalation paths are audited again.
 */
@Injectable()
export class ConfigurationService {
  private readonly outbound: OutboundPolicy;

  constructor(
    private readonly store: ConfigStore,
    private readonly routing: RoutingService,
    private readonly audit: AuditService,
    private readonly pathAudit: EscalationAudit,
    config: AppConfig,
  ) {
    this.outbound = outboundPolicyOf(config);
  }

  /** Webhook URLs are credentials: shown whole only to whoever may also change them. */
  async readable(caller: Caller | undefined): Promise<SeamConfig> {
    const config = await this.store.fresh();
    return caller?.role === 'admin' ? config : withRedactedTargets(config);
  }

  /** seam.yaml text, or the same as JSON with format=json. */
  async exported(format: string | undefined, caller: Caller | undefined): Promise<RenderedDocument> {
    const config = await this.readable(caller);
    if (format === 'json') return { body: config };
    return { contentType: 'application/yaml; charset=utf-8', body: toSeamYaml(config) };
  }

  async team(slug: string, caller: Caller | undefined): Promise<SeamConfig['teams'][number]> {
    const team = (await this.readable(caller)).teams.find((t) => t.slug === slug);
    if (!team) throw new SeamError('team.not_found', [`team ${slug} does not exist`]);
    return team;
  }

  importConfig(body: unknown, actor: string) {
    return this.apply(parseSeamConfig(body), { actor, action: AUDIT_ACTIONS.configImported });
  }

  async putTeam(slug: string, body: unknown, actor: string) {
    return this.apply(withTeam(await this.store.fresh(), slug, body), {
      actor,
      action: AUDIT_ACTIONS.teamChanged,
      team: slug,
    });
  }

  async deleteTeam(slug: string, actor: string) {
    const config = await this.store.fresh();
    if (!config.teams.some((t) => t.slug === slug))
      throw new SeamError('team.not_found', [`team ${slug} does not exist`]);
    const remaining = {
      ...config,
      teams: config.teams.filter((t) => t.slug !== slug),
      policies: config.policies.filter((p) => p.team !== slug),
    };
    // delivery history is state, not configuration: the file form of what is left
    const asFile: unknown = JSON.parse(
      JSON.stringify(remaining, (key, value: unknown) => (key === 'lastDelivery' ? undefined : value)),
    );
    return this.apply(parseSeamConfig(asFile), { actor, action: AUDIT_ACTIONS.teamRemoved, team: slug });
  }

  private async apply(parsed: ParsedConfig, change: { actor: string; action: string; team?: string }) {
    if (!parsed.config) throw new SeamError('config.invalid', parsed.errors);
    const refused = outboundTargetErrors(parsed.config, this.outbound);
    if (refused.length > 0) throw new SeamError('config.invalid', refused);
    await this.store.replace(parsed.config, parsed.secrets, (before, after, tx) =>
      this.audit.record(
        [
          {
            issueId: null,
            actor: change.actor,
            action: change.action,
            team: change.team ?? null,
            detail: configChanges(before, after, change.team),
          },
        ],
        tx,
      ),
    );
    this.routing.invalidate();
    await this.pathAudit.afterChange('config_change');
    const config = await this.store.load();
    return {
      teams: config.teams.length,
      routes: config.routing.length,
      policies: config.policies.length,
      calendarDays: config.calendar.length,
      knownIssues: config.knownIssues.length,
      hypercare: config.hypercare.length,
      findings: this.pathAudit.findings(config, new Date()),
    };
  }
}
