import type { KnowledgePack } from './pack.types';

// SAP S/4HANA: OData gateway messages (/IWFND/, /IWBEP/) and application message classes from
// BAPI returns and IDoc status records (VP, VS: customer master; F5, M7: posting periods; KI: CO).
export const sapPack: KnowledgePack = {
  system: 'SAP',
  aliases: ['sap', 's4hana', 's/4', 'ecc'],
  families: [
    { id: 'sap.gateway_backend', codes: /^\/iwfnd\/cm_mgw\d+$/i, message: /calling the backend systems .{0,200} triggered an error/i, either: true, category: 'upstream_5xx', why: 'SAP Gateway: the backend call failed' },
    { id: 'sap.precondition', codes: /^\/iwbep\/cm_mgw_rt\d+$/i, message: /precondition required/i, either: true, category: 'malformed_request', why: 'SAP OData requires an If-Match/ETag the integration did not send' },
    { id: 'sap.customer_master', codes: /^(vp|vs|f2)\d{3}$/i, message: /no customer master record|not maintained for sales area|is not created in sales area/i, either: true, category: 'invalid_reference', lean: { bad_source_data: 0.6, process_change: 0.35, defect: 0.05 }, why: 'the customer master is missing for this payer or sales area' },
    { id: 'sap.period', codes: /^(f5201|m7053|f5\d{3}|m7\d{3})$/i, message: /posting period .{0,200} is not open|posting only possible in periods/i, either: true, category: 'period_locked', why: 'SAP posting period is closed' },
    { id: 'sap.co_object', codes: /^ki\d{3}$/i, message: /requires an assignment to a co object/i, either: true, category: 'setup_missing', lean: { defect: 0.6, process_change: 0.3, bad_source_data: 0.1 }, why: 'the account needs a CO object the integration did not assign' },
    { id: 'sap.http_timeout', codes: /^http:timeout$/i, category: 'timeout', why: 'the SAP call timed out' },
    { id: 'sap.locked', message: /is (currently )?(locked|being processed) by (user|another)/i, category: 'concurrency', why: 'SAP enqueue lock held by another user' },
  ],
};
