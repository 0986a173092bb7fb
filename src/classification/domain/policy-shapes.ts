import type { OwnerClass } from './classification.types';
import { patternSet } from './pattern-set';

/**
 * The recurring error shapes of the labelling policy (data/corpus/LABELING.md, section 4), as patterns
 * written from the policy's "typical wording" and "flips when" columns. The policy decides who must act
 * for each shape by default; the learned model gets the shape and its default as features and learns how
 * far to trust them, and the reasons name the shape. Patterns run on untrusted text: gaps are bounded.
 */
export interface PolicyShape {
  row: number;
  name: string;
  pattern: RegExp;
  label: OwnerClass;
  alt?: OwnerClass;
}

export const POLICY_SHAPES: readonly PolicyShape[] = [
  {
    row: 1,
    name: 'required business value missing',
    pattern:
      /\b(?:is|are) (?:required|mandatory)\b|required fields? (?:are |is )?missing|must be (?:specified|entered|provided)|may not be (?:blank|empty)|(?:cannot|can ?not|must not) be (?:blank|empty|null)|missing (?:required|mandatory)|must have a value|you must (?:enter|specify|provide)/i,
    label: 'bad_source_data',
    alt: 'defect',
  },
  {
    row: 2,
    name: 'required by the target’s configuration',
    pattern:
      /please enter value\(s\) for|select a dimension|dimension (?:value )?code|is a required field for|required fields are missing: \[[^\]]{0,120}__c|__c\b.{0,60}required|have an? (?:vat|tax|gst) rate|(?:department|class|location|cost cent(?:er|re)|project|job)\b.{0,40}\b(?:is )?(?:required|mandatory)/i,
    label: 'process_change',
    alt: 'defect',
  },
  {
    row: 3,
    name: 'reference not found',
    pattern:
      /\bdoes not exist\b|\bdoesn'?t exist\b|\bnot found\b|could not be found|cannot be found|can'?t be found|invalid [\w ]{0,30}reference|invalid reference id|no such (?:record|customer|item|vendor|account|product)/i,
    label: 'bad_source_data',
    alt: 'defect',
  },
  {
    row: 4,
    name: 'option or code list value not set up',
    pattern:
      /invalid_option|restricted picklist|picklist value|not found in the related table|is not (?:a )?valid (?:option|choice|value for)|not one of the allowed|allowed values|invalid (?:ship ?method|payment term|terms?|status|enum)\b/i,
    label: 'process_change',
    alt: 'defect',
  },
  {
    row: 5,
    name: 'not extended to an organisational unit',
    pattern:
      /not (?:created|maintained|extended|assigned|defined|set up) (?:in|for) (?:the )?(?:sales area|plant|company|subsidiary|location|warehouse|site|business unit|org)|for subsidiary|not valid for (?:the )?(?:entity|subsidiary|company)/i,
    label: 'bad_source_data',
    alt: 'process_change',
  },
  {
    row: 6,
    name: 'duplicate or already exists',
    pattern:
      /already exists?|already been taken|has already been|\bduplicate\b|must be unique|unique constraint|already in use|existing id/i,
    label: 'bad_source_data',
    alt: 'defect',
  },
  {
    row: 7,
    name: 'value too long',
    pattern:
      /string_too_long|too long|maximum (?:number|length)|max(?:imum)?:? ?\d{1,4} (?:characters|chars)|exceeds? (?:the )?(?:max(?:imum)? )?(?:length|size)|too many characters|would be truncated/i,
    label: 'bad_source_data',
  },
  {
    row: 8,
    name: 'malformed business value',
    pattern:
      /(?:e-?mail|phone|postal code|post ?code|zip|vat|abn|tax (?:id|number)|website|url)\b.{0,40}\b(?:is )?(?:invalid|not valid|must be (?:a )?valid|wrong format)|invalid (?:e-?mail|phone|postal|post ?code|zip|vat|eu_vat|abn)/i,
    label: 'bad_source_data',
  },
  {
    row: 9,
    name: 'date or number format',
    pattern:
      /invalid date|could not convert|cannot convert|not a valid (?:date|datetime|number|decimal|integer)|not midnight|date format|must be [mdy]{1,2}\/[mdy]{1,2}\/[y]{2,4}|cannot parse|unparseable/i,
    label: 'defect',
    alt: 'bad_source_data',
  },
  {
    row: 10,
    name: 'amount, quantity or date-order rule',
    pattern:
      /amount must|quantity|deficit|must be (?:greater|less|at least|positive|negative|between)|out of range|cannot be (?:negative|greater|less|before|after)|(?:before|after) the (?:start|end|invoice|order|hire)|insufficient (?:stock|inventory|quantity)/i,
    label: 'bad_source_data',
    alt: 'defect',
  },
  {
    row: 11,
    name: 'inactive, archived or blocked reference',
    pattern:
      /\binactive\b|\barchived\b|blocked must be equal|\bis blocked\b|blocked with type|\bsuspended\b|\bdeactivated\b|no longer active|owner is inactive/i,
    label: 'process_change',
    alt: 'bad_source_data',
  },
  {
    row: 11.5,
    name: 'deleted reference',
    pattern: /entity_is_deleted|has been deleted|was deleted|is deleted|deleted this/i,
    label: 'bad_source_data',
    alt: 'defect',
  },
  {
    row: 12,
    name: 'credit hold',
    pattern: /credit hold|credit limit|on hold|creditonhold|credit customer blocked/i,
    label: 'process_change',
  },
  {
    row: 13,
    name: 'closed or locked period',
    pattern:
      /period\b.{0,40}\b(?:is |are |has been |was )?(?:closed|locked|not open)|closed period|lock date|accounting period|posting period|fiscal (?:year|period)|allowed posting dates|outside the (?:open|allowed|posting) (?:period|date)/i,
    label: 'process_change',
    alt: 'bad_source_data',
  },
  {
    row: 14,
    name: 'locked by workflow, approval or status',
    pattern:
      /locked by .{0,40}workflow|entity_is_locked|approval process|pending approval|awaiting approval|status must be equal|converted to|has been deposited|not of valid status|must be reversed|already (?:posted|approved|released|closed|paid|invoiced)|cannot be (?:modified|changed|edited|deleted) (?:because|once|after|when)/i,
    label: 'process_change',
    alt: 'defect',
  },
  {
    row: 15,
    name: 'validation or business rule',
    pattern:
      /field_custom_validation_exception|validation rule|custom validation|business rule|too many active|trigger|flow .{0,40}(?:failed|error)/i,
    label: 'process_change',
    alt: 'bad_source_data',
  },
  {
    row: 16,
    name: 'field or property does not exist',
    pattern:
      /no such column|property_doesnt_exist|invalid field|field name not found|unknown (?:field|property|column)|does not exist on (?:type|object|entity)|could not find (?:a )?property|is not a valid (?:field|property)/i,
    label: 'defect',
    alt: 'process_change',
  },
  {
    row: 17,
    name: 'sentinel or garbage value',
    pattern:
      /no\.?\s*=\s*''|=\s*''|=\s*""|'0'|"0"|12\/31\/2154|9999-12-31|\{\s*\w{1,30}\s*=\s*null|system\.[a-z]{2,20}\.[a-z]/i,
    label: 'defect',
    alt: 'bad_source_data',
  },
  {
    row: 18,
    name: 'permission, role or record access',
    pattern:
      /permission|insufficient_access|insufficient (?:privileges|access|rights)|not authori[sz]ed|access (?:is )?denied|your (?:current )?role|restrictions on your role|not a member of|field-level security|do(?:es)? not have access/i,
    label: 'process_change',
    alt: 'defect',
  },
  {
    row: 18.5,
    name: 'read-only system field',
    pattern: /read-?only|is read only|cannot be (?:set|updated|written)|not (?:editable|updateable|createable)/i,
    label: 'defect',
  },
  {
    row: 19,
    name: 'OAuth scope not granted',
    pattern:
      /missing_scopes|\bscopes?\b.{0,40}\b(?:required|missing|not granted|approval)|requires (?:merchant )?approval for/i,
    label: 'defect',
    alt: 'process_change',
  },
  {
    row: 20,
    name: 'expired or malformed token or session',
    pattern:
      /token (?:has )?expired|expired token|session (?:has )?(?:expired|timed out)|invalid session|session expired or invalid|malformed (?:bearer )?token|validity period has ended|csrf token/i,
    label: 'defect',
  },
  {
    row: 21,
    name: 'credentials rejected',
    pattern:
      /invalid login|invalid (?:api )?key|invalid_grant|invalid_client|invalid credentials|authentication (?:failed|unsuccessful)|could not authenticate|password is incorrect|rejected the client credentials/i,
    label: 'defect',
    alt: 'process_change',
  },
  {
    row: 21.5,
    name: 'access revoked by a user or admin',
    pattern:
      /authorizationunsuccessful|authori[sz]ation unsuccessful|do not have access to use|connection (?:was )?revoked|disconnected by|app (?:was )?uninstalled/i,
    label: 'process_change',
    alt: 'defect',
  },
  {
    row: 22,
    name: 'rate limit, quota or concurrency limit',
    pattern:
      /too many requests|rate.?limit|request_limit_exceeded|request limit|concurrent (?:request|connection)s? limit|usage limit exceeded|secondly limit|throttl|quota (?:exceeded|reached)/i,
    label: 'defect',
  },
  {
    row: 22.5,
    name: 'a limit the business must buy or enable',
    pattern:
      /storage (?:limit|full|exceeded)|storage_limit_exceeded|api_disabled_for_org|api (?:is )?not enabled|edition does not|license limit|licen[cs]es? (?:exceeded|expired)/i,
    label: 'process_change',
    alt: 'defect',
  },
  {
    row: 23,
    name: 'lock contention or optimistic concurrency',
    pattern:
      /unable_to_lock_row|deadlock|being (?:processed|edited|modified) by|already changed the record|changed by another|stale object|row ?version|if-match|etag|record has been (?:changed|modified)|another user has/i,
    label: 'defect',
  },
  {
    row: 24,
    name: 'timeout, 5xx or maintenance',
    pattern:
      /timed? ?out|timeout|internal server error|service (?:is )?(?:temporarily )?unavailable|scheduled maintenance|under maintenance|unexpected (?:internal )?error|an unexpected error has occurred|bad gateway|gateway timeout/i,
    label: 'defect',
  },
  {
    row: 25,
    name: 'subscription, billing, feature or edition',
    pattern:
      /subscription (?:period )?has (?:ended|expired)|unavailable shop|shop (?:is )?(?:frozen|dormant|closed)|payment required|plan (?:does not|doesn'?t) (?:include|allow|support)|upgrade your (?:plan|subscription)|trial (?:has )?(?:ended|expired)/i,
    label: 'process_change',
  },
  {
    row: 26,
    name: 'currency, subsidiary, company or numbering set-up',
    pattern:
      /currency\b.{0,60}\b(?:not (?:enabled|subscribed|set up|allowed|valid)|does not have access)|not subscribed to currency|cannot combine currencies|numbers? manually|number series|no exchange rate|exchange rate (?:is )?missing/i,
    label: 'process_change',
    alt: 'bad_source_data',
  },
  {
    row: 27,
    name: 'wrong API usage, endpoint, version or environment',
    pattern:
      /resource not found for the segment|no longer supported|api version|unsupported (?:api|version|operation|media type)|no route|does not match any route|method not allowed|default company cannot be found|idempotency|test mode|live mode|partner profile|unknown (?:endpoint|operation|action)/i,
    label: 'defect',
  },
];

const SHAPE_PATTERNS = patternSet(POLICY_SHAPES.map((shape) => shape.pattern));

/** The shapes whose pattern the message shows, most specific rows as the policy orders them. */
export function policyShapesOf(message: string): PolicyShape[] {
  const found = SHAPE_PATTERNS.matches(message);
  return POLICY_SHAPES.filter((_, i) => found[i]);
}
