import type { KnowledgePack } from './pack.types';

// Microsoft publishes no list of eConnect's error numbers (they live in each installation's taErrorCode table); what
// it documents are troubleshooting articles, each quoting one error and naming its cause and fix. The families
// below are those articles' texts, grouped by what the article says must change, which for several is not what
// the wording suggests (a "Record already exists" that is left-over analysis data, a "Distribution account does not
// have a default" that is Integration Manager's filtering).
const KB = (slug: string) =>
  `Microsoft Learn, Dynamics GP troubleshooting, learn.microsoft.com/troubleshoot/dynamics/gp/${slug} (MicrosoftDocs/SupportArticles-docs support/dynamics/gp/${slug}.md)`;

export const dynamicsGpPack: KnowledgePack = {
  system: 'Dynamics GP',
  aliases: ['dynamics-gp', 'dynamics gp', 'great-plains', 'great plains', 'econnect'],
  families: [
    {
      id: 'gp.mda_leftovers',
      doc: `${KB('error-number-3761-record-already-exists-error-in-econnect')}: eConnect 3761 "Record already exists, cannot insert": not a duplicate; Multidimensional Analysis records left after MDA was turned off, which an administrator removes`,
      message: /\berror number = 3761\b|\brecord already exists, cannot insert\b/i,
      category: 'duplicate_record',
      lean: { process_change: 0.6, bad_source_data: 0.3, defect: 0.1 },
      why: 'analysis records left in the company after a module was turned off collide with the insert',
    },
    {
      id: 'gp.distribution_mapping',
      doc: `${KB('error-number-equal-sign-9469-stored-procedure')}: 9469 "Cannot find a distribution amount based on input value."; ${KB('fail-to-run-bank-transaction-integration-manager')}: "The Transaction Amount is Not Fully Distributed" (the amount is mapped while the checkbook also defaults it); ${KB('error-run-transaction-integration')}: "Distribution account does not have a default." (Integration Manager's optimised filtering)`,
      message:
        /\bcannot find a distribution amount based on input value\b|\btransaction amount is not fully distributed\b|\bdistribution account does not have a default\b/i,
      category: 'mapping_error',
      why: "the integration's distribution amounts or accounts are mapped in a way GP cannot place",
    },
    {
      id: 'gp.functional_currency',
      doc: `${KB('invalid-unit-cost-error-when-doing-pa-timesheet-integration')}: "Invalid Unit Cost. If Currency ID is different than Functional ID than you need to pass in PAUNITCOST" (no functional currency set up); ${KB('company-does-not-have-access-to-currency-error-when-using-multicurrency')}: "Company xxx doesn't have access to currency."; ${KB('iso-4217-currency-code-must-be-three-characters-long-error-in-web-services')} (a duplicate ISO code in Currency Setup)`,
      message:
        /\bif currency id is different than functional id\b|\bdoes ?n[o']t have access to currency\b|\ban iso 4217 currency code must be three characters long\b/i,
      category: 'setup_missing',
      lean: { process_change: 0.7, defect: 0.2, bad_source_data: 0.1 },
      why: "GP's currency set-up (functional currency, company access, ISO codes) is incomplete",
    },
    {
      id: 'gp.employee_rate',
      doc: `${KB('pay-code-does-not-exist-employee')}: "Pay code (PAPayCode) does not exist for Employee (EMPLOYID) in rate table" (add the rate to the employee rate table)`,
      message: /\bpay code \(papaycode\) does not exist for employee\b/i,
      category: 'invalid_reference',
      why: "the employee's rate table has no rate for the pay code the timesheet uses",
    },
    {
      id: 'gp.service_identity',
      doc: `${KB('stored-procedure-does-not-exist-error-when-running-integration')}: "The stored procedure … doesn't exist." (eConnect's identity is not in DYNGRP); ${KB('login-failed-for-user')}: "Login failed for user ''. The user is not associated with a trusted SQL Server connection."; ${KB('fail-to-click-wev-services-for-microsoft-dynamics-gp')}: "Could not access the SecurityService"`,
      message:
        /\bthe stored procedure .{1,80} does ?n[o']t exist\b|\blogin failed for user '.{0,60}'\. the user is not associated with a trusted sql server connection\b|\bcould not access the securityservice\b/i,
      category: 'auth_config',
      why: "the identity eConnect or the web services run as is not set up in SQL Server or GP's security",
    },
    {
      id: 'gp.connection_dropped',
      doc: `${KB('error-use-econnect-ntegration-manager')}: "There was an error writing to the pipe: The pipe is being closed." (the WCF connection is dropped after ten idle minutes)`,
      message: /\berror writing to the pipe: the pipe is being closed\b/i,
      category: 'timeout',
      why: "the eConnect service's idle connection was closed: its receive timeout",
    },
    {
      id: 'gp.hidden_error',
      doc: `${KB('error-call-econnect-entrypoint')}: "System Error" (the caller catches only System.Exception and hides the SqlException behind it)`,
      message: /^\W{0,4}system error\W{0,4}$/i,
      category: 'code_exception',
      why: "the integration's error handling hides eConnect's real error",
    },
    {
      id: 'gp.required_blank_row',
      doc: `${KB('account-number-not-supplied-error-when-running-general-journal-integration')}: "Error Field Entries.Account Number is a required field but value was not supplied." (blank rows in the source file)`,
      message: /\bis a required field but value was not supplied\b/i,
      category: 'missing_required_value',
      why: 'a required field arrived empty: a blank row or value in the source',
    },
    {
      id: 'gp.setup_required_fields',
      doc: `${KB('error-not-all-required-fields-have-been-entered')}: "Not all required fields have been entered. Required fields appear in bold type." (a checkbook ID missing in Payables setup); ${KB('analytical-accounting-information-is-missing-for-transactions-error')}: "Analytical Accounting information is missing for the transactions included in this batch."; ${KB('errors-display-when-you-integrate-accounts')}: "Account Number … contains undefined segment information"`,
      message:
        /\bnot all required fields have been entered\. required fields appear in bold type\b|\banalytical accounting information is missing\b|\bcontains undefined segment information\b/i,
      category: 'setup_missing',
      lean: { process_change: 0.6, defect: 0.3, bad_source_data: 0.1 },
      why: 'a GP set-up the transaction relies on (checkbook, analysis codes, account segments) is missing',
    },
    {
      id: 'gp.no_distribution_account',
      doc: `${KB('no-account-specified-distributions')}: "Distributions for this transaction contain errors." / "No account has been specified for one or more distributions." (edit the transaction; set default posting accounts)`,
      message:
        /\bno account has been specified for one or more distributions\b|\bdistributions for this transaction contain errors\b/i,
      category: 'missing_required_value',
      lean: { bad_source_data: 0.6, process_change: 0.35, defect: 0.05 },
      why: 'a distribution line of the transaction has no account',
    },
    {
      id: 'gp.account_inactive',
      doc: `${KB('account-is-inactive-error-no-gl-validation-for-defaulted-accounts')}: "Account is inactive; please activate or change the account." (an inactivated account still in the default posting set-up)`,
      message: /\baccount is inactive; please activate or change the account\b/i,
      category: 'inactive_reference',
      why: 'the transaction posts to an inactive GL account',
    },
    {
      id: 'gp.period_setup',
      doc: `${KB('you-cannot-post-to-a-tax-period-that-has-not-been-set-up-error')}: "You can't post to a tax period that has not been set up."; ${KB('a-transaction-cannot-fall-a-fiscal-year')}: "A transaction does not fall within an existing fiscal year."; ${KB('year-end-close-is-still-in-process-and-batches-cannot-be-posted-error')}: "Year End Close is still in process and batches cannot be posted."`,
      message:
        /\bcan'?t post to a tax period that has not been set up\b|\bdoes not fall within an existing fiscal year\b|\byear end close is still in process\b/i,
      category: 'period_locked',
      why: 'the tax periods or fiscal years are not set up, or a year-end close holds posting',
    },
    {
      id: 'gp.rate_type',
      doc: `${KB('the-rate-type-id-is-missing')}: "The rate type ID is missing. The exchange table ID is missing."; ${KB('fail-to-post-general-ledger-transaction')}: "The Rate Type ID is not associated with the currency ID for this transaction" (multicurrency or interfund set-up)`,
      message: /\bthe rate type id is (missing|not associated with the currency id)\b/i,
      category: 'setup_missing',
      lean: { process_change: 0.7, defect: 0.2, bad_source_data: 0.1 },
      why: 'the multicurrency rate types or interfund accounts are not set up for the currency',
    },
    {
      id: 'gp.edit_lock',
      doc: `${KB('this-transaction-is-edited-another-user')}: "This transaction is being edited by another user." (stale lock or activity rows an administrator clears); ${KB('errors-display-when-you-integrate-accounts')}: "This record has been created since you attempted to create it."`,
      message:
        /\bthis transaction is being edited by another user\b|\bthis record has been created since you attempted to create it\b/i,
      category: 'concurrency',
      why: 'a lock, live or left over, holds the record',
    },
    {
      id: 'gp.document_exists',
      doc: `${KB('document-already-exists-error-when-entering-document')}: "Document Already Exists." (a duplicate document number, or an orphan key left by an interrupted entry)`,
      message: /^\W{0,4}document already exists\W{0,4}$/i,
      category: 'duplicate_record',
      why: 'the document number is taken, by a real document or a key an interrupted entry left behind',
    },
  ],
};
