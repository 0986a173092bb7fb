import type { KnowledgePack } from './pack.types';

// Dynamics 365 Finance & Operations data entities over OData: write failures carry the Infolog.
export const d365FinancePack: KnowledgePack = {
  system: 'Dynamics 365 Finance & Operations',
  aliases: ['d365', 'dynamics-365', 'finance-operations', 'fno', 'ax'],
  families: [
    { id: 'fo.related_table', message: /is not found in the related table|does not exist in (the )?related table/i, category: 'invalid_reference', why: 'F&O: the value is not in the related table' },
    { id: 'fo.already_exists', message: /already exists?|already exist in/i, category: 'duplicate_record', why: 'F&O: a record with this key already exists' },
    { id: 'fo.update_conflict', message: /update conflict|cannot edit a record in .{0,200} an update conflict|record has been changed/i, category: 'concurrency', why: 'F&O update conflict: another process changed the record' },
    { id: 'fo.mandatory_dimension', message: /is mandatory and must consequently be specified/i, category: 'missing_required_value', lean: { defect: 0.5, bad_source_data: 0.45 }, why: 'a mandatory inventory/financial dimension was not sent' },
    { id: 'fo.blocked', message: /is blocked for|on hold/i, category: 'inactive_reference', lean: { process_change: 0.7 }, why: 'the item/customer/vendor is blocked or on hold' },
    { id: 'fo.write_failed', codes: /^axodatawriteexception$/i, category: 'unknown', fallback: true, why: 'F&O entity write failed (see Infolog)' },
  ],
};
