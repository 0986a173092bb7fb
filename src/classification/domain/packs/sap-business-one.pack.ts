import type { KnowledgePack } from './pack.types';

// SAP Business One: DI API (SAPbobsCOM Company.GetLastError) and Service Layer errors. The Service Layer
// returns {"error":{"code":…,"message":{"lang":…,"value":…}}}; DI API/Service Layer database-level texts carry
// an "(ODBC -nnnn)" suffix, and application messages carry a numeric message id documented in the
// SAP Business One message documentation (SDK Help, Company.GetLastError: "the message also contains the
// application error code, for example, 10001090 - Posting period missing").
export const sapBusinessOnePack: KnowledgePack = {
  system: 'SAP Business One',
  aliases: ['sap-business-one', 'sap business one', 'business one', 'sapb1', 'sap b1', 'b1 service layer'],
  families: [
    {
      id: 'b1.no_matching_records',
      doc: 'SAP Business One DI API / Service Layer error -2028 "No matching records found (ODBC -2028)" (SDK Help, Company.GetLastError; text as defined in Service Layer client code)',
      codes: /^-?2028$/,
      message: /no matching records found/i,
      either: true,
      category: 'invalid_reference',
      why: 'a key the document refers to (business partner, item, base document, code) does not exist in the company database',
    },
    {
      id: 'b1.entry_exists',
      doc: 'SAP Business One DI API / Service Layer error -2035 "This entry already exists in the following tables (ODBC -2035)"',
      codes: /^-?2035$/,
      message: /this entry already exists in the following tables/i,
      either: true,
      category: 'duplicate_record',
      why: 'a record with this key already exists in the company database',
    },
    {
      id: 'b1.invalid_session',
      doc: 'SAP Business One Service Layer error 301 "Invalid session or session already timeout." (Service Layer session; B1SESSION cookie expired or not valid)',
      message: /invalid session or session already timeout/i,
      category: 'auth_config',
      why: 'the Service Layer session the integration used has expired or is not valid: the integration must log in again',
    },
    {
      id: 'b1.negative_inventory',
      doc: 'SAP Business One DI API error -10 "Quantity falls into negative inventory" (stock check of the warehouse when negative inventory is not allowed)',
      message: /quantity falls into negative inventory/i,
      category: 'value_format',
      why: 'the document would take the warehouse stock below zero, which the company settings do not allow',
    },
    {
      id: 'b1.posting_date_range',
      doc: 'SAP Business One message 10000156 "Posting Date deviates from the defined range. To complete the operation, define the posting period to match the entered Posting Date." (help.sap.com, SAP Business One 9.0 message documentation); the client text "Date deviates from permissible range" is the same posting-period date check',
      codes: /^10000156$/,
      message: /(posting )?date deviates from (the defined|permissible) range/i,
      either: true,
      category: 'period_locked',
      why: 'the posting, due or document date is outside the range of the posting period set up in Administration > System Initialization > Posting Periods',
    },
    {
      id: 'b1.posting_period_missing',
      doc: 'SAP Business One message 10001090 "Posting period missing" (named in SDK Help, Company.GetLastError)',
      codes: /^10001090$/,
      message: /posting period missing/i,
      either: true,
      category: 'period_locked',
      lean: { process_change: 0.9, bad_source_data: 0.05, defect: 0.05 },
      why: 'no posting period is defined for the document date: an administrator must create it',
    },
  ],
};
