/**
 * The target system's own words inside what the integration layer reports. MuleSoft, Celigo, Boomi,
 * Workato and custom code wrap the ERP's answer: an exception class name, "HTTP POST on resource … failed",
 * "Failed to add Shopify Order #1234.", a JSON or SOAP body quoted whole. Classification reads the
 * innermost message and code; the wrapper stays on the event and is shown, and its words still count as
 * a weak signal of their own (a wrapper's "timed out" is the layer's, not the ERP's).
 *
 * Pure and linear in the message: every pattern is anchored or has bounded gaps, and a quoted JSON body is
 * parsed once (messages are at most 8 KiB).
 */
export interface Unwrapped {
  /** the innermost message found (the whole message when nothing wraps it) */
  message: string;
  /** a code found inside a quoted body, when the event's own code is absent or the wrapper's */
  code?: string;
  /** the wrapper text around the inner message, when there was one */
  wrapper?: string;
}

// keys whose values are an error's human text, in the shapes vendors answer with (REST, OData, GraphQL, SOAP)
const MESSAGE_KEYS = new Set([
  'message',
  'detail',
  'details',
  'error_description',
  'errormessage',
  'description',
  'title',
  'msg',
  'faultstring',
  'reason',
  'text',
  'value',
  'localizedmessage',
]);
const CODE_KEYS = new Set([
  'code',
  'errorcode',
  'error_code',
  'statuscode',
  'errortype',
  'type',
  'faultcode',
  'status',
]);
const MAX_PARTS = 5;

/** Leading wrapper phrases, each removed once, in order, while one matches. */
const PREFIXES: RegExp[] = [
  // a wrapper's exception class, named with its package: org.mule.runtime…MuleRuntimeException: ,
  // System.Net.WebException: . A bare ReferenceError: or TypeError: is the failure itself, and stays.
  /^\s*(?:[A-Za-z_$][\w$]{0,80}\.){1,12}[A-Za-z_$][\w$]{0,80}(?:Exception|Error|Fault)\s*:\s*/,
  // MuleSoft HTTP requester: HTTP POST on resource 'https://…' failed: bad request (400).
  /^\s*HTTP (?:GET|POST|PUT|PATCH|DELETE) on resource '[^']{0,500}' failed(?: with status code \d{3})?:?[^.{[]{0,100}\.?\s*/i,
  // iPaaS job and step prefixes: "Job failed:", "Step 3 (NetSuite upsert) failed:", "Flow error -"
  /^\s*(?:job|step|flow|task|recipe|action|process|execution|sync|import|export|request)\b[^:.\n]{0,80}?(?:failed|error|errored)\s*[:\-–]\s*/i,
  // "Failed to add Shopify Order #1234.", "Unable to create invoice INV-9 in NetSuite:"
  /^\s*(?:failed|unable|could not|couldn't|cannot) to? ?(?:add|create|update|upsert|import|export|sync|post|send|save|submit|process)\b[^:.\n]{0,120}[:.]\s*/i,
  // "NetSuite responded with:", "Salesforce returned an error:", "Response from SAP:"
  /^\s*(?:[\w./ -]{1,40}\s)?(?:responded with|returned(?: an)? error|returned|response(?: body)?(?: from [\w./ -]{1,40})?|error response|error details?)\s*[:=]\s*/i,
  // severity and bracketed tags: "ERROR - ", "[ERROR] ", "Error: "
  /^\s*(?:\[[A-Z_ -]{2,20}\]|(?:error|fatal|warn(?:ing)?)\s*[:\-–])\s*/i,
];

// after `{` JSON has a key or `}`; after `[`, a value or `]` (white space first is allowed); sticky, to be
// tried right after the bracket
const CAN_OPEN_JSON: Record<string, RegExp> = { '}': /\s*["}]/y, ']': /\s*(?:["{[\]tfn-]|\d)/y };

/** A quoted JSON body: the first `{` or `[` to the last matching close. */
function quotedJson(message: string): { json: unknown; before: string } | undefined {
  const start = message.search(/[{[]/);
  if (start < 0) return undefined;
  const close = message[start] === '{' ? '}' : ']';
  const end = message.lastIndexOf(close);
  if (end <= start) return undefined;
  // "[LastName]", "{0} is required": what follows the bracket cannot begin JSON, so parsing would only
  // throw, and a thrown error costs more than reading the rest of the message
  const opens = CAN_OPEN_JSON[close];
  opens.lastIndex = start + 1;
  if (!opens.test(message)) return undefined;
  try {
    return { json: JSON.parse(message.slice(start, end + 1)), before: message.slice(0, start) };
  } catch {
    return undefined;
  }
}

/** Error texts and codes in a parsed body, breadth first, without recursion. */
function textsIn(json: unknown): { texts: string[]; code?: string } {
  const texts: string[] = [];
  let code: string | undefined;
  const queue: unknown[] = [json];
  let visited = 0;
  while (queue.length > 0 && visited++ < 500 && texts.length < MAX_PARTS) {
    const node = queue.shift();
    if (Array.isArray(node)) {
      queue.push(...node.slice(0, 50));
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node as Record<string, unknown>).slice(0, 50)) {
      const name = key.toLowerCase();
      if (typeof value === 'string' && value.trim() !== '') {
        if (MESSAGE_KEYS.has(name) && !texts.includes(value.trim())) texts.push(value.trim());
        else if (code === undefined && CODE_KEYS.has(name) && /^[\w.:/-]{2,80}$/.test(value)) code = value;
      } else if (typeof value === 'number' && code === undefined && CODE_KEYS.has(name) && name !== 'status') {
        code = String(value);
      } else if (name === 'error' && typeof value === 'string') {
        texts.push(value);
      } else if (value !== null && typeof value === 'object') {
        queue.push(value);
      }
    }
  }
  return { texts, code };
}

/** SOAP faults and XML error bodies: the text of <faultstring>, <message> or <Message>. */
function xmlText(message: string): string | undefined {
  const match =
    /<(?:[\w-]{1,20}:)?(faultstring|message|Message|ErrorMessage|detail)>([^<]{1,2000})<\/(?:[\w-]{1,20}:)?\1>/.exec(
      message,
    );
  return match?.[2].trim() || undefined;
}

export function unwrapMessage(message: string): Unwrapped {
  const original = message.trim();
  let inner = original;
  let code: string | undefined;

  const quoted = quotedJson(inner);
  if (quoted) {
    const found = textsIn(quoted.json);
    if (found.texts.length > 0) {
      inner = found.texts.join(' ');
      code = found.code;
    }
  } else {
    const xml = xmlText(inner);
    if (xml) inner = xml;
  }

  for (let pass = 0; pass < 4; pass++) {
    const before = inner;
    for (const prefix of PREFIXES) {
      const stripped = inner.replace(prefix, '');
      // never strip down to nothing: a message that is all prefix is its own meaning
      if (stripped !== inner && stripped.trim().length >= 8) inner = stripped;
    }
    if (inner === before) break;
  }
  inner = inner.trim();
  if (inner === original) return { message: original };
  return { message: inner, ...(code ? { code } : {}), wrapper: original };
}
