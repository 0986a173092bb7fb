// The actions the audit log records for changes outside an issue's own lifecycle. Pure data.

export const AUDIT_ACTIONS = {
  configImported: 'config_imported',
  teamChanged: 'team_changed',
  teamRemoved: 'team_removed',
  memberAwayChanged: 'member_away_changed',
  channelVerificationSent: 'channel_verification_sent',
  channelVerified: 'channel_verified',
  channelVerificationRefused: 'channel_verification_refused',
  apiKeyCreated: 'api_key_created',
  apiKeyRevoked: 'api_key_revoked',
  apiKeyRotated: 'api_key_rotated',
  ruleCreated: 'rule_created',
  ruleDeleted: 'rule_deleted',
  drillStarted: 'drill_started',
  integrationSilent: 'integration_silent',
} as const;

/** Key changes name keys and roles: only those who may manage keys read them in the audit log. */
export const API_KEY_ACTIONS: readonly string[] = [
  AUDIT_ACTIONS.apiKeyCreated,
  AUDIT_ACTIONS.apiKeyRevoked,
  AUDIT_ACTIONS.apiKeyRotated,
];
