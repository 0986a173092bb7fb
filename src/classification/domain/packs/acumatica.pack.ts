import type { KnowledgePack } from './pack.types';

const MSG =
  'Acumatica PX.Objects message classes, shared source code (App_Data/CodeRepository/PX.Objects/<module>/Descriptor/Messages.cs, 2017 R2)';

// Acumatica contract-based REST: a failed PUT returns the entity with field errors or a PXException
// message ("Error: 'Customer ID' cannot be found in the system."); the texts are the framework's and
// the business modules' localizable messages.
export const acumaticaPack: KnowledgePack = {
  system: 'Acumatica',
  aliases: ['acumatica'],
  families: [
    {
      id: 'acumatica.not_found',
      doc: `${MSG}: "... cannot be found in the system." (e.g. DocumentNotFound "Document {0} {1} cannot be found in the system."); PX.Objects CN SharedMessages.CannotBeFound "Error: '{0}' cannot be found in the system."`,
      message: /cannot be found in the system/i,
      category: 'invalid_reference',
      why: 'the customer, item, account or document the record references does not exist in Acumatica',
    },
    {
      id: 'acumatica.empty',
      doc: `${MSG}: PX.Objects CN SharedMessages.FieldIsEmpty "Error: '{0}' cannot be empty." (the framework's required-field message)`,
      message: /'[^']{1,80}' cannot be empty/i,
      category: 'missing_required_value',
      why: 'a required field of the entity has no value',
    },
    {
      id: 'acumatica.period',
      doc: `${MSG}: GL/AR/AP/IN FiscalPeriodInactive "Financial Period '{0}' is inactive.", FinancialPeriodClosedInAR "Financial period '{0}' is closed in the AR module.", PeriodClosedInAPModule, FiscalPeriodInactiveOrClosed, NoPeriodsDefined "Financial Period cannot be found in the system."`,
      message:
        /financial period .{0,40}is (inactive|closed)|period .{0,40}is closed in .{0,20}(module|ar|ap|in|gl)\b|financial period cannot be found in the system/i,
      category: 'period_locked',
      supersedes: ['acumatica.not_found'],
      why: 'the financial period of the document is closed, inactive or not yet set up',
    },
    {
      id: 'acumatica.credit_hold',
      doc: `${MSG}: AR CustomerIsOnCreditHold "The customer status is 'Credit Hold'.", CreditHoldEntry "Document status is 'On Credit Hold'.", InvoiceCreditHoldCannotRelease "The {0} {1} is on credit hold and cannot be released."`,
      message: /status is '(credit hold|on credit hold)'|is on credit hold/i,
      category: 'approval_required',
      lean: { process_change: 0.9, bad_source_data: 0.05, defect: 0.05 },
      why: 'the customer or document is on credit hold: a credit decision, not data or code',
    },
    {
      id: 'acumatica.inactive',
      doc: `${MSG}: AR CustomerIsInactive "The customer status is 'Inactive'.", CustomerIsOnHold "The customer status is 'On Hold'.", GL AccountInactive "Account is inactive.", BranchInactive "Branch is inactive."`,
      message: /customer status is '(inactive|on hold)'|\b(account|branch|subaccount) is inactive/i,
      category: 'inactive_reference',
      why: 'the customer, account or branch the record uses is inactive or on hold',
    },
    {
      id: 'acumatica.out_of_balance',
      doc: `${MSG}: DocumentOutOfBalance "Document is out of balance.", BatchOutOfBalance "Batch is out of balance, please review."`,
      message: /(document|batch) is out of balance/i,
      category: 'value_format',
      lean: { defect: 0.5, bad_source_data: 0.45, process_change: 0.05 },
      why: 'the document or batch totals do not balance',
    },
    {
      id: 'acumatica.document_state',
      doc: `${MSG}: AP/AR Document_OnHold_CannotRelease "Document is On Hold and cannot be released.", Document_Status_Invalid "Document Status is invalid for processing.", CannotReleasePendingApprovalDocument "A document with the Pending Approval status cannot be released."`,
      message:
        /is on hold and cannot be released|document status is invalid for processing|pending approval status cannot be released/i,
      category: 'approval_required',
      why: 'the document is on hold, pending approval or in a status the action does not allow',
    },
    {
      id: 'acumatica.negative_stock',
      doc: `${MSG}: IN Inventory_Negative "Inventory quantity for {0} in warehouse '{1} {2}' will go negative.", Inventory_Negative2`,
      message: /inventory quantity .{0,160}will go negative/i,
      category: 'value_format',
      why: 'the quantity exceeds the stock on hand in the warehouse',
    },
    {
      id: 'acumatica.duplicate',
      doc: `${MSG}: AR/AP DuplicateInvoiceNbr "Document with this Invoice Nbr. already exists.", CR BAccountAlreadyExists "Business Account '{0}' already exists.", DocumentAlreadyExistsWithTheSameReferenceNumber, DuplicateAPVendorRefDoc "AP Document with this Vendor Ref. already exists for this Vendor"`,
      message: /already exists( in the system| for this vendor)?|duplicate serial numbers/i,
      category: 'duplicate_record',
      why: 'a document or business account with this number or reference already exists',
    },
    {
      id: 'acumatica.rights',
      doc: `${MSG}: GL BranchNotEnoughRights "You don't have enough rights on branch '{0}'", EP DontHaveAppoveRights "You don't have access rights to approve document."`,
      message: /you don't have (enough|access) rights/i,
      category: 'permission_changed',
      why: "the API user's role lacks rights on the branch or action",
    },
    {
      id: 'acumatica.read_only_field',
      doc: `${MSG}: FieldReadOnly "You are not allowed to change this field."`,
      message: /you are not allowed to change this field/i,
      category: 'mapping_error',
      why: 'the integration writes a field Acumatica keeps read-only',
    },
    {
      id: 'acumatica.concurrency',
      doc: 'Acumatica PX.Data ErrorMessages.RecordUpdatedByAnotherProcess ("Another process has updated the \'{0}\' record. Your changes will be lost."), thrown by PX.Objects (e.g. IN physical inventory) in the shared source code',
      message: /another process has (updated|added|deleted) the .{0,80}record/i,
      category: 'concurrency',
      why: 'another process changed the same record between read and save',
    },
  ],
};
