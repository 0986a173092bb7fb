import { Injectable } from '@nestjs/common';
import { maskResponse, matchesMasked, referencesIn, roleSeesSensitive } from '../access/domain/masking';
import type { Caller } from '../access/key.store';
import { ConfigStore } from '../ownership/config.store';
import { HiddenValuesRepository } from './hidden-values.repository';

export interface Masking {
  fields: string[];
}

/**
 * Privacy masking, the one implementation: which callers are masked, what values to hide, and the
 * masked form of a response. The masking interceptor applies it to every response; issue search asks it
 * whether a match survives masking.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly hidden: HiddenValuesRepository,
    private readonly config: ConfigStore,
  ) {}

  /** The masking this caller's responses get; undefined when the role may see the sensitive fields. */
  async maskingFor(caller: Caller | undefined): Promise<Masking | undefined> {
    const privacy = (await this.config.load()).privacy;
    if (roleSeesSensitive(privacy, caller?.role)) return undefined;
    return { fields: privacy!.sensitiveFields };
  }

  async hiddenValues(fields: readonly string[], refs: { issueIds: string[]; eventIds: string[] }): Promise<string[]> {
    if (refs.issueIds.length === 0 && refs.eventIds.length === 0) return [];
    return this.hidden.valuesOf(fields, refs);
  }

  /** The response as the masked caller may see it. */
  async mask(response: unknown, masking: Masking): Promise<unknown> {
    return maskResponse(response, masking.fields, await this.hiddenValues(masking.fields, referencesIn(response)));
  }

  /** For each issue, whether its title or sample message still contains the search once masked. */
  async stillMatch(
    items: Array<{ id: string; title: string; sampleMessage: string }>,
    search: string,
    masking: Masking,
  ): Promise<boolean[]> {
    const hidden = await this.hiddenValues(masking.fields, { issueIds: items.map((item) => item.id), eventIds: [] });
    return items.map((item) => matchesMasked(`${item.title} ${item.sampleMessage}`, search, hidden));
  }
}
