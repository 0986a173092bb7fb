import type { OwnerClass } from './classification.types';

/**
 * The recurring error shapes of the labelling policy (data/corpus/LABELING.md, section 4), as patterns
 * written from the policy's "typical wording" and "flips when" columns. The policy decides who must act
 * for each shape by default; the learned model gets the shape and its default as features and learns how
 * far to trust them, and the reasons name the shape.
 *
 * Each shape is a list of vendor-neutral phrasings: the policy's wording with its synonyms and grammatical
 * variants ("is required", "must be specified", "cannot be empty", "please provide", "missing"), so that a
 * system never seen before is read the same way. A vendor's own code appears only where it is that
 * vendor's documented code for the shape (DUPLICATE_VALUE, INVALID_SESSION_ID, …).
 *
 * Order matters: `policyShapesOf` keeps array order and the first match is the message's primary shape, so
 * the narrower shapes come first: a sentinel value before "not found", concurrency before "locked", a token
 * before credentials before permissions, a closed period before a date rule, "required by configuration"
 * before "required", a field that does not exist and a wrong endpoint before a record that does not exist.
 *
 * Patterns run on untrusted text: no nested quantifiers, every gap bounded.
 */
export interface PolicyShape {
  row: number;
  name: string;
  pattern: RegExp;
  /** the phrasings the pattern is the union of, kept apart so tests and measurements can read each one */
  phrases: readonly RegExp[];
  label: OwnerClass;
  alt?: OwnerClass;
}

type ShapeSpec = Omit<PolicyShape, 'pattern'>;

const shape = (spec: ShapeSpec): PolicyShape => ({
  ...spec,
  pattern: new RegExp(spec.phrases.map((p) => p.source).join('|'), 'i'),
});

// words for a business master record or account, as the policy's shapes 3, 5 and 11 name them
const RECORD = String.raw`(?:customer|vendor|supplier|item|product|material|employee|worker|account|contact|project|job|location|warehouse|department|party|partner|payer|entity|record|document|order|invoice|ledger|sku|site|owner|user|business unit)`;

export const POLICY_SHAPES: readonly PolicyShape[] = [
  shape({
    row: 17,
    name: 'sentinel or garbage value',
    phrases: [
      /\bno\.?\s?=\s?''/,
      /=\s?''(?!')/,
      /(?:value|input string:?) ""\s?to\b|converting value ""|input string: ""/,
      /\{\s?\w{1,30}\s?=\s?null\s?,/,
      /12\/31\/2154/,
      // a serialisation artefact: the bytes the integration sent are not the encoding it declared
    ],
    label: 'defect',
    alt: 'bad_source_data',
  }),
  shape({
    row: 23,
    name: 'lock contention or optimistic concurrency',
    phrases: [
      /unable_to_lock_row|unable to obtain exclusive access/,
      /deadlock/,
      /being (?:processed|edited|modified|accessed) by/,
      /already changed the record|(?:was )?(?:already )?changed by another|another user has (?:already )?changed/,
      /stale object/,
      /row ?version/,
      /if-match/,
      /\betag\b/,
      /record has been (?:changed|modified)/,
      /rcrd_has_been_changed/,
    ],
    label: 'defect',
  }),
  shape({
    row: 12,
    name: 'credit hold',
    phrases: [
      /credit hold|creditonhold|credit[ _]?on[ _]?hold/,
      /credit limit/,
      /\bon hold\b/,
      /credit customer blocked/,
      /blocked with type/,
    ],
    label: 'process_change',
  }),
  shape({
    row: 22,
    name: 'rate limit, quota or concurrency limit',
    phrases: [
      /too many requests/,
      /rate(?:%20|.)?limit/,
      /request_limit_exceeded|request limit/,
      /usage limit exceeded/,
      /secondly limit/,
      /concurrent (?:request|connection)s? limit/,
      /too many (?:open |concurrent )?connections/,
      /throttl/,
      /\blimit[ _](?:exceeded|was reached|has been reached)/,
      /\b429\b.{0,40}too many/,
    ],
    label: 'defect',
  }),
  shape({
    row: 20,
    name: 'expired or malformed token or session',
    phrases: [
      /token (?:has )?expired|expired token|token expired at/,
      /\btoken\b.{0,40}\b(?:expired|revoked|malformed|rejected)\b/,
      /(?:invalid|malformed|bad) (?:bearer |access |oauth |auth )?token/,
      /\btoken\b.{0,30}\bis not valid\b/,
      /session (?:has )?(?:expired|timed out)|session expired or invalid|invalid session|session (?:is )?not valid|session not found/,
      /validity period has ended/,
      /csrf token/,
    ],
    label: 'defect',
  }),
  shape({
    row: 19,
    name: 'OAuth scope not granted',
    phrases: [
      /missing_scopes|insufficient[_ ]scopes?/,
      /\bscopes?\b.{0,40}\b(?:required|missing|not granted|approval)/,
      /requires (?:merchant )?approval for/,
      /(?:consumer|api key|application|app|client)\b.{0,20}\b(?:does not|doesn'?t|isn'?t|is not) (?:have (?:access|write|read)|authori[sz]ed)/,
    ],
    label: 'defect',
    alt: 'process_change',
  }),
  shape({
    row: 21,
    name: 'credentials rejected',
    phrases: [
      /invalid login|login (?:error|failed)|failed to log ?in/,
      /invalid (?:api )?key\b|consumer key is invalid/,
      /invalid_grant|invalid_client/,
      /invalid credentials|verify your credentials|credentials for this/,
      /(?:user ?name|password)\b.{0,20}\b(?:is )?incorrect/,
      /rejected the client credentials/,
      /authenti[ck]ation ?(?:failed|failure|unsuccessful|error)|(?:application)?authenticationfailed|authenticationunsuccessful/,
    ],
    label: 'defect',
    alt: 'process_change',
  }),
  shape({
    row: 21.5,
    name: 'access revoked by a user or admin',
    phrases: [
      /authorizationunsuccessful|authori[sz]ation unsuccessful/,
      /do not have access to use/,
      /connection (?:was )?revoked/,
    ],
    label: 'process_change',
    alt: 'defect',
  }),
  shape({
    row: 13,
    name: 'closed or locked period',
    phrases: [
      /period\b.{0,40}\b(?:is |are |has been |was |been )?(?:closed|locked|not open)/,
      /closed (?:accounting |fiscal )?period/,
      /lock ?date|lock ?period/,
      /(?:accounting|posting|reporting|financial) period/,
      /fiscal (?:year|period)/,
    ],
    label: 'process_change',
    alt: 'bad_source_data',
  }),
  shape({
    row: 14,
    name: 'locked by workflow, approval or status',
    phrases: [
      /locked by .{0,40}workflow/,
      /entity_is_locked|(?:record|document|order|entity|transaction) is locked/,
      /locked (?:order|document|transaction)/,
      /approval process|pending approval|awaiting approval|approv(?:al|er) settings|next approver/,
      /status must be equal/,
      /converted (?:to|lead)/,
      /has been deposited/,
      /not of valid status/,
      /must be reversed/,

      /already (?:been )?(?:posted|approved|released|closed|settled|processed|in progress|invoiced)/,
      /cannot (?:be )?(?:modified|changed|edited|updated|deleted|voided|cancell?ed) .{0,40}(?:because|once|after|when|as)\b/,

      /(?:was|been) applied to a transaction|(?:has|have) (?:a )?payments? or credit notes? allocated/,
    ],
    label: 'process_change',
    alt: 'defect',
  }),
  shape({
    row: 11,
    name: 'inactive, archived or blocked reference',
    phrases: [
      /\binactive\b/,
      /\barchived\b/,
      /blocked must be equal/,
      /\bis blocked\b/,
      /\bsuspended\b/,
      /(?:is |isn'?t |are )(?:not (?:currently )?)?active\b(?! directory)/,
      /has been (?:made inactive|disabled)/,
      /\bactivate the\b/,
    ],
    label: 'process_change',
    alt: 'bad_source_data',
  }),
  shape({
    row: 11.5,
    name: 'deleted reference',
    phrases: [/entity_is_deleted|entity is deleted/, /deleted this/],
    label: 'bad_source_data',
    alt: 'defect',
  }),
  shape({
    row: 26,
    name: 'currency, subsidiary, company or numbering set-up',
    phrases: [
      /currenc(?:y|ies)\b.{0,60}\b(?:not (?:enabled|subscribed|set up|allowed|supported|identical|accepted)|not been enabled|does not exist|doesn'?t exist|is invalid|must be different|needs to match|cannot be (?:accepted|used))/,
      /not subscribed to currency/,
      /does not have access to the currency/,
      /cannot combine currencies/,
      /numbers? manually|no\.? series|number series/,
      /(?:sequential )?numbering (?:is not enabled|system)/,
    ],
    label: 'process_change',
    alt: 'bad_source_data',
  }),
  shape({
    row: 16,
    name: 'field or property does not exist',
    phrases: [
      /no such column/,
      /property_doesnt_exist|property\W{1,4}[\w.]{1,60}\W{1,4} does not exist/,
      /invalid[_ ]field\b(?! value)/,
      /field name not found|bad field names?/,
      /field_not_found|field\b.{0,40}\bis not a member of/,
    ],
    label: 'defect',
    alt: 'process_change',
  }),
  shape({
    row: 27,
    name: 'wrong API usage, endpoint, version or environment',
    phrases: [
      /resource not found|entity set not found|could not find resource|no route|does not match any route/,
      /not found for the segment/,
      /no longer supported|api version|unsupported (?:api|version|operation|media type)/,
      /method not allowed|invalid_method/,
      /default company|company (?:not found|does not exist)/,
      /idempoten/,
      /test ?mode|live mode|for this environment/,
      /partner profile/,
      /(?:invalid|malformed|not well formed|bad) (?:json|xml|request body|input json|query|filter)/,
      /json (?:is not well formed|data is missing|for post data was invalid)/,
      /(?:failed|unable) to (?:parse|generate) (?:json|payload)/,
      /query syntax|query is too complex|operator is not supported/,
      /(?:response|request|payload|report|result set)\b.{0,30}\btoo large/,
      /more than \d{1,9} (?:records|items)\b.{0,20}\b(?:this|per|a single) (?:call|request)/,
      /exceeded_id_limit/,
      /invalid request\b(?! error)/,
    ],
    label: 'defect',
  }),
  shape({
    row: 2,
    name: 'required by the target’s configuration',
    phrases: [
      /please enter value\(s\) for/,
      /select a dimension/,
      /(?:is )?(?:a )?required (?:field )?for (?:the |this )?(?:g\/l |gl )?(?:account|acct)\b/,
      /requires? (?:an? )?(?:assignment|rate)\b/,
      /required fields are missing: \[[^\]]{0,120}__c/,
      /__c\b.{0,60}required/,
      /have an? (?:vat|tax|gst)(?:\/\w{1,6})? rate before/,
      /(?:department|cost ?cent(?:er|re)|location|warehouse|class|project|dimension|tax code|business area)\b.{0,30}\b(?:is |are )?(?:required|mandatory)/,
      /(?:have|assign|do not have) an? (?:vat|tax|gst)[\w/ ]{0,8} (?:rate|code)/,
      /foreigncurrency is required/,
    ],
    label: 'process_change',
    alt: 'defect',
  }),
  shape({
    row: 5,
    name: 'not extended to an organisational unit',
    phrases: [
      /not (?:been )?(?:created|maintained|extended|assigned|defined|set up) (?:in|for) (?:the )?(?:sales area|plant|purch\S{0,10} org\w{0,12}|compan|subsidiar|location|warehouse|site|business unit|org)/,
      /for subsidiary/,
      /not valid for (?:the )?(?:entity|subsidiary|company)|valid for subsidiary\/entity/,
      /not assigned to (?:a |the )?(?:given )?(?:stock|vendor|customer)/,
    ],
    label: 'bad_source_data',
    alt: 'process_change',
  }),
  shape({
    row: 4,
    name: 'option or code list value not set up',
    phrases: [
      /invalid_option|restricted picklist|picklist value/,
      /not one of the allowed|allowed options|valid options are|valid types are|valid \w{1,20} types are/,
      /is not (?:a )?valid (?:option|choice|value for|code for|pipeline stage)/,
      /invalid (?:ship ?method|payment (?:term|method)|terms?|status|enum\w{0,10}|price code|vat group|exempt reason|document type|tax code|\w{1,20} type)\b/,
      /(?:terms|tax|vat|price|payment|receipt|shipping|ship) ?(?:method|code|group|schedule|type|condition)s?\b.{0,60}\b(?:does not exist|not (?:set up|found|available|valid)|is invalid|cannot be used|is missing)/,
      /\bterms\b.{0,40}\b(?:does not exist|not (?:set up|found|valid)|cannot be found|is invalid)|(?:invalid|reference to)\b.{0,30}\bterms\b/,

      /is not valid for (?:the )?(?:country|contacts?|this (?:document|type))/,
    ],
    label: 'process_change',
    alt: 'defect',
  }),
  shape({
    row: 7,
    name: 'value too long',
    phrases: [
      /string_too_long|too long|too large for|data value too large/,
      /maximum (?:number|length)|max(?:imum)? length|max:\s?\d{1,4}/,
      /length of the string is/,
      /(?:not|no more than|less than|between \d{1,4} and) \d{1,4} characters/,
      /length is invalid|invalid_string_max_len/,
    ],
    label: 'bad_source_data',
  }),
  shape({
    row: 8,
    name: 'malformed business value',
    phrases: [
      /(?:e-?mail|phone|postal code|post ?code|zip(?: code)?|vat|abn|tax (?:id|number)|website|url|gtin|identifier id)\b.{0,40}\b(?:is )?(?:invalid|not valid|must be (?:a )?valid|wrong format|failed validation|does not (?:match|conform))/,
      /invalid (?:value for )?(?:e-?mail|phone|postal|post ?code|zip|vat|eu_vat|abn|shopper ?email)/,
      /valid format/,
      /(?:postal|post|zip) code\b.{0,30}\bmust (?:be|have) (?:of )?(?:a )?length/,
      /not midnight/,
    ],
    label: 'bad_source_data',
  }),
  shape({
    row: 3,
    name: 'reference not found',
    phrases: [
      /\bdoes not exists?\b|\bdoesn'?t exist\b|\bdo not exist\b/,
      /\bnot found\b/,
      /could not be found|cannot be found|can'?t be found|couldn'?t find/,
      /invalid [\w ]{0,30}reference|invalid reference id|reference key/,
      /no such (?:record|customer|item|vendor|account|product|entity|invoice)/,
      /no (?:record|\w{1,20} master record) (?:with the value|exists)/,
      new RegExp(String.raw`\binvalid ${RECORD}\b`),
      new RegExp(
        String.raw`\b${RECORD}(?: (?:id|number|no\.?|code|reference))? (?:'[^']{0,60}' )?is (?:invalid|not valid)`,
      ),
      new RegExp(String.raw`\b${RECORD} (?:code )?must be valid`),
      new RegExp(String.raw`\binvalid (?:\w{1,20} )?${RECORD}\b`),
      // NetSuite's documented INVALID_FLD_VALUE text, naming the reference field
      /invalid field value \S{1,40} for the following field/,
    ],
    label: 'bad_source_data',
    alt: 'defect',
  }),
  shape({
    row: 6,
    name: 'duplicate or already exists',
    phrases: [
      /already exists?|already been taken|has already been (?:used|refunded|captured)/,
      /\bduplicat(?:e|es|ed)\b|\bdupe?s?\b|dup_(?:entity|rcrd)|duplicates?_(?:detected|value)/,
      /must be unique|unique constraint|enter a (?:different|unique)|be unique across/,
      /already (?:is )?(?:in use|assigned|uploaded|present|captured|refunded|used|being used|recorded)/,
      /existing id/,
      /matches more than one record|multiple_choices/,
      /(?:with|has) (?:the )?same (?:name|value|option values|party number)/,
    ],
    label: 'bad_source_data',
    alt: 'defect',
  }),
  shape({
    row: 9,
    name: 'date or number format',
    phrases: [
      /invalid date|could not convert|cannot convert|not a valid (?:date|datetime|number|decimal|integer)/,
      /must be [mdy]{1,2}\/[mdy]{1,2}\/[y]{2,4}/,
    ],
    label: 'defect',
    alt: 'bad_source_data',
  }),
  shape({
    row: 10,
    name: 'amount, quantity or date-order rule',
    phrases: [
      /amount must|amount (?:cannot|can'?t|should)/,
      /\bquantit(?:y|ies)\b|\bqty\b/,
      /deficit/,
      /must be (?:greater|less|at least|positive|negative|between|later|earlier|after|before|within the range|other than zero)/,
      /(?:cannot|can'?t|can not) be (?:negative|zero\b(?! or empty)|greater|less|before|after|later|earlier|equal to zero|entered for)/,
      /insufficient (?:stock|inventory|quantity)|not enough (?:items|stock|quantity)/,
      /(?:do|does|don'?t|doesn'?t) (?:not )?balance|unbalanced|balance in \w{1,20}|is not zero/,
      /do(?:es)? not (?:match|equal) (?:the )?(?:expected|tax details)/,
      /totals? do(?:es)? not match|does not match the expected/,
      /\bnegative\b/,
      /\bbelow zero\b|less than zero|greater than zero/,
      /exceeds (?:the )?(?:base )?amount|amount (?:is )?greater than|greater than (?:the )?amount/,
      /\bterm_out_of_range\b/,
      /\bunit price\b/,
      /\bearlier (?:posting |effective )?date\b/,
    ],
    label: 'bad_source_data',
    alt: 'defect',
  }),
  shape({
    row: 1,
    name: 'required business value missing',
    phrases: [
      /\b(?:is|are) (?:a )?(?:required|mandatory)\b/,
      /required fields? (?:are |is )?missing|missing required|required (?:param(?:eter)?|field)\b/,
      /must be (?:specified|entered|provided|filled in|set)|must (?:have|contain) (?:a value|at least)/,
      /may not be (?:blank|empty)/,
      /(?:cannot|can ?not|can'?t|must not) be (?:blank|empty|null|missing|zero or empty)/,
      /missing (?:mandatory|attributes?)/,
      /you must (?:enter|specify|provide|fill|supply|have)/,
      /please (?:specify|provide|define|add|enter|select)\b(?! your)/,
      /\benter (?:a|an|the)\b.{0,40}\b(?:value|number|name)\b/,
      /need to (?:add|supply|provide)|needs? to be (?:specified|provided)/,
      /was not (?:provided|supplied|specified)|is not provided/,
      /(?:is|are) (?:blank|missing)\b(?! in)/,
      /does not have an? (?:\w{1,20} )?(?:\w{1,20} )?(?:assigned|address|name)/,
      /(?:has|have) no (?:attached|\w{1,20} (?:address|name|email))/,
      /is needed for/,
      /has not supplied/,
      /requires an? (?:account|postal code|\w{1,20} number)/,
      /at least one (?:valid )?(?:line|split line|of)/,
      /without (?:products|complete selection)/,
      /\bis missing\b/,
      /\bmust (?:have|contain) (?:both|either|at least|an? (?:name|value))/,
    ],
    label: 'bad_source_data',
    alt: 'defect',
  }),
  shape({
    row: 15,
    name: 'validation or business rule',
    phrases: [
      /field_custom_validation_exception|field_filter_validation/,
      /validation rule|custom validation/,
      /business rule/,
      /too many active/,
      /\btrigger\b|flow interview|flow\W{0,3} process failed|\bflow\b.{0,40}(?:failed|error)/,
      /cannot (?:change|delete|modify) .{0,60}(?:because|as|since) (?:there (?:is|are)|it has|\w{1,20} has been used)/,
    ],
    label: 'process_change',
    alt: 'bad_source_data',
  }),
  shape({
    row: 18,
    name: 'permission, role or record access',
    phrases: [
      /permission/,
      /insufficient_access|insufficient (?:privileges|access|rights)/,
      /not authori[sz]ed|\bnot permitted to\b/,
      /access (?:is )?denied|access rights/,
      /your (?:current )?role|user role/,
      /restrictions on your role/,
      /not a member of/,
      /field-level security|security (?:settings|restrictions)/,
      /(?:do|does|don'?t|doesn'?t) (?:not )?have access/,
      /\bprivileges?\b/,

      /\bnot permitted\b/,
      /user\b.{0,40}\b(?:is not|isn'?t) (?:an? |connected)/,
    ],
    label: 'process_change',
    alt: 'defect',
  }),
  shape({
    row: 18.5,
    name: 'read-only system field',
    phrases: [/read-?only|is read only/, /cannot be (?:set|updated|written)|not (?:editable|updateable|createable)/],
    label: 'defect',
  }),
  shape({
    row: 25,
    name: 'subscription, billing, feature or edition',
    phrases: [
      /subscription (?:period )?has (?:ended|expired)|subscription period ended/,
      /unavailable shop/,
      /api_disabled_for_org|api (?:is )?not enabled (?:for|in)/,
      /storage (?:is )?(?:limit|full|exceeded)|storage_limit_exceeded/,
      /(?:account|company)\b.{0,60}\bhas expired/,
      /(?:is|are) (?:currently )?disabled/,
      /(?:has not been|not) (?:activated|enabled) (?:on|for) (?:your |this |the )?(?:account|merchant|organi[sz]ation)/,
      /(?:feature|capability)\b.{0,40}\b(?:not enabled|enabled|disabled)/,
      /\bis not enabled\b/,
      /(?:are|is) not (?:supported|accepted)\.?\s?(?:$|please)/,
    ],
    label: 'process_change',
  }),
  shape({
    row: 24,
    name: 'timeout, 5xx or maintenance',
    phrases: [
      /timed? ?out|timeout/,
      /service (?:is )?(?:temporarily )?unavailable|\b50[234]\b/,
      /scheduled maintenance|under maintenance/,
      /unexpected (?:internal )?(?:error|problem)|an unexpected error has occurred/,
      /bad gateway|gateway ?timeout/,
      /internal error|unhandled error|unknown error/,
      /communication error|communicating with/,
      /went wrong|please try again|try again later/,
      /gone away|not (?:in json format|supported by objectserializer)/,
      /not accessible/,
    ],
    label: 'defect',
  }),
  shape({
    row: 28,
    name: 'opaque or code-only message',
    phrases: [
      // the policy's own examples of the shape: a bare code, and MYOB's "[4223] DateOccurred:(SaleEvent)" form
      /^\W{0,3}[A-Za-z][\w.]{2,60}\W{0,3}$/,
      /^\W{0,3}\[\d{3,6}\]\s?\w{1,40}:\(\w{1,40}\)\W{0,3}$/,
      /\bunable to (?:save|sync|fetch|write)\b/,
    ],
    label: 'defect',
  }),
];

/** The shapes whose pattern the message shows, most specific rows as the policy orders them. */
export function policyShapesOf(message: string): PolicyShape[] {
  return POLICY_SHAPES.filter((candidate) => candidate.pattern.test(message));
}
