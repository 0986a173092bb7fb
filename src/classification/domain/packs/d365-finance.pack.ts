import type { KnowledgePack } from './pack.types';

// Dynamics 365 Finance & Operations: the Infolog texts Microsoft documents for data entity, OData,
// statement posting and dual-write failures. F&O data entities carry no error code of their own,
// so the families are message shapes.
const HR_FAQ =
  "Microsoft Learn (MicrosoftDocs Dynamics-365-Operations), Human Resources Dataverse integration FAQ: \"The value '12/31/2154 11:59:59 pm' in field 'Employment end date' is not found in the related table 'Employment'\"";
const POSTING =
  'Microsoft Learn, Dynamics 365 Commerce, "Fix common posting issues by editing transactions" (error codes SYS103633, SYS328431)';
const DUAL_WRITE =
  'https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/dual-write-troubleshooting-verify-config; dual-write-troubleshooting-live-sync';
const UPDATE_CONFLICT =
  'Microsoft Dynamics AX/F&O kernel message "Cannot edit a record in %1 (%2). An update conflict occurred due to another user process deleting the record or changing one or more fields in the record." (Microsoft EMEA Dynamics AX support blog, 2011-09-20; Microsoft Learn troubleshooting for update conflicts in parallel posting)';

export const d365FinancePack: KnowledgePack = {
  system: 'Dynamics 365 Finance & Operations',
  aliases: ['d365', 'dynamics-365', 'finance-operations', 'fno', 'ax'],
  families: [
    {
      id: 'fo.related_table',
      doc: HR_FAQ,
      message: /\bis not found in the related table\b/i,
      category: 'invalid_reference',
      why: 'F&O: the value in the field has no matching record in the related table',
    },
    {
      id: 'fo.update_conflict',
      doc: UPDATE_CONFLICT,
      message: /\ban update conflict occurred due to another user process\b/i,
      category: 'concurrency',
      why: 'F&O update conflict: another process changed or deleted the record while this one wrote it',
    },
    {
      id: 'fo.mandatory_dimension',
      doc: `${POSTING}: "Inventory dimension Site is mandatory and must consequently be specified." — "the Site and Warehouse fields are configured to be mandatory"; "Inventory dimension Location must be specified."`,
      message:
        /\binventory dimension .{1,60} is mandatory and must consequently be specified\b|\binventory dimension \w{1,40} must be specified\b/i,
      category: 'missing_required_value',
      lean: { process_change: 0.5, bad_source_data: 0.3, defect: 0.2 },
      why: "an inventory dimension the item's dimension group makes mandatory was not sent",
    },
    {
      id: 'fo.dimension_combination',
      doc: `${POSTING}: "You must select a value in the [Field name] field in combination with the following dimensions values that are valid."`,
      message: /\byou must select a value in the .{1,100} field in combination with the following dimension/i,
      category: 'missing_required_value',
      lean: { process_change: 0.55, bad_source_data: 0.3, defect: 0.15 },
      why: 'the account structure requires a financial dimension value the posting did not carry',
    },
    {
      id: 'fo.period_missing',
      doc: `${POSTING}: "Period for 1/1/2000 does not exist." / "Fiscal year for 1/1/2000 does not exist." — "the transaction date belongs to a fiscal period that is no longer open"`,
      message: /\b(period|fiscal year) for [\d/.-]{6,10} does not exist\b/i,
      category: 'period_locked',
      why: 'the transaction date has no open fiscal period',
    },
    {
      id: 'fo.dual_write_reference',
      doc: `${DUAL_WRITE}: "Unable to write data to entity <entity name>" — the reference data (customer group, payment terms) does not exist in Dataverse`,
      message: /\bunable to write data to entity\b/i,
      category: 'setup_missing',
      lean: { process_change: 0.5, bad_source_data: 0.35, defect: 0.15 },
      why: 'dual-write could not write the row: reference data it depends on is missing in one of the two apps',
    },
  ],
};
