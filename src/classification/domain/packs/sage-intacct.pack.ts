import type { KnowledgePack } from './pack.types';

// Sage Intacct: XML Web Services (errorno XLnnnnnnnn for XML validation, GW-nnnn for the gateway, BLnnnnnnnn
// for business logic; developer.intacct.com/web-services/error-handling) and the REST API
// (developer.sage.com/intacct/docs/developer-portal/guides/error-handling). Business-logic families quote the
// wording Intacct returns, as documented in the help pages cited per family.
export const sageIntacctPack: KnowledgePack = {
  system: 'Sage Intacct',
  aliases: ['sage-intacct', 'sage intacct', 'intacct'],
  families: [
    {
      id: 'intacct.xml_schema',
      doc: 'Sage Intacct Web Services "Error handling", XML validation errors: errorno XL03000003 "XML Parse schema error" when the request XML is not well formed',
      codes: /^xl03000003$/i,
      message: /xml parse schema error/i,
      either: true,
      category: 'malformed_request',
      why: 'the XML the integration sent is not well formed or does not fit the schema',
    },
    {
      id: 'intacct.gateway',
      doc: 'Sage Intacct Web Services "Error handling", gateway errors: errorno GW-nnnn (for example GW-0011 "Invalid Request")',
      codes: /^gw-\d{4}$/i,
      category: 'malformed_request',
      fallback: true,
      why: 'the XML gateway refused the request envelope before any business logic ran',
    },
    {
      id: 'intacct.period_closed',
      doc: 'Sage Intacct business-logic error "Periods are closed. Your transaction date (MM/DD/YYYY) is within a period that\'s been closed." (wording as documented in BILL help "Intacct Sync Error: Periods are closed")',
      message: /periods are closed|within a period that(')?s been closed/i,
      category: 'period_locked',
      why: 'the transaction date falls in a period closed in Intacct',
    },
    {
      id: 'intacct.multicurrency_disabled',
      doc: 'Sage Intacct error "Enable foreign-currency transactions, and try again" (documented in Scoro help "Sage Intacct common errors": foreign-currency transactions are not enabled; an admin must enable multi-currency)',
      message: /enable foreign-currency transactions/i,
      category: 'setup_missing',
      lean: { process_change: 0.75, defect: 0.15, bad_source_data: 0.1 },
      why: 'the company has multi-currency transactions turned off: a subscription/configuration decision in Intacct',
    },
    {
      id: 'intacct.line_account_missing',
      doc: 'Sage Intacct error "Enter an account number on line item 1, in transaction \'x,\' and try again" (documented in Scoro help "Sage Intacct common errors": the line has no GL account)',
      message: /enter an account number on line item/i,
      category: 'missing_required_value',
      why: 'a transaction line arrived without a GL account',
    },
    {
      id: 'intacct.entity_credit_limit',
      doc: 'Sage Intacct error BL03002073 "Your configuration limits credits to the entity owners. You cannot apply negative line items in transactions with line items for multiple entities." (documented in Ramp help; setting "Allow negative line item amounts" in the transaction definition)',
      codes: /^bl03002073$/i,
      message: /configuration limits credits to the entity owners/i,
      either: true,
      category: 'setup_missing',
      lean: { process_change: 0.7, bad_source_data: 0.2, defect: 0.1 },
      why: 'a multi-entity transaction carries a negative line that the transaction definition does not allow',
    },
  ],
};
