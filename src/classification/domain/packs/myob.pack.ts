import type { KnowledgePack } from './pack.types';

// MYOB AccountRight / Business API: validation rule names (CommonRules_*, BusinessEvent_*),
// numeric error codes and the classic AccountRight Live "-N" codes.
export const myobPack: KnowledgePack = {
  system: 'MYOB',
  aliases: ['myob', 'accountright'],
  families: [
    { id: 'myob.required', message: /CommonRules_\w{0,60}Required|has not supplied|is required/i, category: 'missing_required_value', why: 'MYOB validation: a required value is missing' },
    { id: 'myob.not_found', codes: /^notfound$/i, message: /could not be found|not found in list/i, either: true, category: 'invalid_reference', why: 'MYOB could not find the referenced entity (UID or account)' },
    { id: 'myob.row_version', codes: /^incorrectrowversionsupplied$/i, message: /rowversion/i, either: true, category: 'concurrency', why: 'MYOB optimistic concurrency: the RowVersion was stale' },
    { id: 'myob.rate_limit', codes: /^ratelimiterror$/i, message: /exceeded the (daily )?rate limit/i, either: true, category: 'rate_limited', why: 'MYOB API key rate limit' },
    { id: 'myob.access', codes: /^(accessdenied|forbidden)$/i, message: /not authori[sz]ed to access/i, either: true, category: 'permission_changed', lean: { defect: 0.55, process_change: 0.45 }, why: 'MYOB refused access to the company file or resource' },
    { id: 'myob.serialization', codes: /^serializationerror$/i, message: /error converting value .{0,200} to type/i, either: true, category: 'malformed_request', why: 'the request body does not deserialise: the integration sent a wrong type' },
    { id: 'myob.lock_period', codes: /InLockPeriod/i, message: /InLockPeriod|before the lock date/i, either: true, category: 'period_locked', why: 'MYOB lock date excludes this transaction' },
    { id: 'myob.credit_hold', codes: /CreditOnHold|CreditLimit/i, message: /CreditOnHold|credit limit/i, either: true, category: 'approval_required', why: 'the customer is on credit hold: a credit-control decision' },
    { id: 'myob.job', codes: /^4245$/, message: /JobId:/, either: true, category: 'inactive_reference', lean: { process_change: 0.65, defect: 0.2 }, why: 'the job on the line is inactive or closed' },
  ],
};
