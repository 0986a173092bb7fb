/**
 * Every failure the service reports on purpose, by code. The HTTP filter maps each code to a status
 * in one exhaustive switch, so adding a code without deciding its status does not compile.
 */
export type SeamErrorCode =
  | 'request.invalid'
  | 'ingest.batch_too_large'
  | 'ingest.body_too_large'
  | 'issue.not_found'
  | 'rule.not_found'
  | 'team.not_found'
  | 'member.not_found'
  | 'channel.not_found'
  | 'drill.not_found'
  | 'config.invalid'
  | 'key.not_found'
  | 'issue.retry_unavailable'
  | 'issue.retry_failed'
  | 'ingest.signature_invalid'
  | 'issue.invalid_transition'
  | 'console.asset_not_found'
  | 'ingest.integration_forbidden'
  | 'channel.send_failed';

export class SeamError extends Error {
  constructor(
    readonly code: SeamErrorCode,
    readonly details: string[],
  ) {
    super(details.join('; '));
  }

  /** For error handlers outside Nest's filter (Fastify's, Bull Board's), which read `statusCode` and would take its absence for a 500. */
  get statusCode(): number {
    return httpStatusOf(this.code);
  }
}

export function httpStatusOf(code: SeamErrorCode): number {
  switch (code) {
    case 'request.invalid':
      return 400;
    case 'ingest.batch_too_large':
    case 'ingest.body_too_large':
      return 413;
    case 'issue.not_found':
    case 'rule.not_found':
    case 'team.not_found':
    case 'member.not_found':
    case 'channel.not_found':
    case 'drill.not_found':
    case 'key.not_found':
    case 'console.asset_not_found':
      return 404;
    case 'config.invalid':
      return 400;
    case 'issue.invalid_transition':
    case 'issue.retry_unavailable':
      return 409;
    case 'issue.retry_failed':
    case 'channel.send_failed':
      return 502;
    case 'ingest.signature_invalid':
      return 401;
    case 'ingest.integration_forbidden':
      return 403;
  }
}
