import type { KnowledgePack } from './pack.types';

const DIR =
  'Workday Web Services Service Directory (community.workday.com/sites/default/files/file-hosting/productionapi/<service>/<version>/<operation>.html), "Validation / Description" tables';

// Workday Web Services (SOAP): validation and processing faults whose texts the Service Directory
// lists per operation under "Validations".
export const workdayPack: KnowledgePack = {
  system: 'Workday',
  aliases: ['workday'],
  families: [
    {
      id: 'workday.position_unavailable',
      doc: `${DIR}: Staffing Change_Job / Add_Additional_Job / Start_International_Assignment ("This position is occupied by someone else as of the Effective Date."; "The position is not available as of the business process initiation date.")`,
      message:
        /position is occupied by someone else as of the effective date|position is not available as of the business process initiation date/i,
      category: 'inactive_reference',
      lean: { process_change: 0.5, bad_source_data: 0.45, defect: 0.05 },
      why: 'the position is filled or not open on the effective date: a staffing decision or a wrong date on the record',
    },
    {
      id: 'workday.position_organization',
      doc: `${DIR}: Staffing Add_Additional_Job / Start_International_Assignment ("The position specified is either not in the organization specified or is not fillable or the organization is not job management enabled."; "... is restricted to contingent workers only.")`,
      message:
        /position (or headcount group )?specified is either not in the organization specified|restricted to contingent workers only/i,
      category: 'invalid_reference',
      lean: { bad_source_data: 0.5, process_change: 0.4, defect: 0.1 },
      why: 'the position does not belong to the organisation given, is not fillable, or is for contingent workers only',
    },
    {
      id: 'workday.job_requisition',
      doc: `${DIR}: Staffing Add_Additional_Job ("When Job Requisition is enabled, you're not allowed to select a position without an open job requisition.")`,
      message: /not allowed to select a position without an open job requisition/i,
      category: 'approval_required',
      why: 'the tenant requires an open job requisition for the position first',
    },
    {
      id: 'workday.basic_worktag',
      doc: `${DIR}: Cash_Management Get_Ad_Hoc_Payments ("Payee reference is for a customer/supplier that can be used as a basic worktag only.")`,
      message: /payee reference is for a (customer|supplier) that can be used as a basic worktag only/i,
      category: 'invalid_reference',
      lean: { process_change: 0.45, bad_source_data: 0.45, defect: 0.1 },
      why: 'the customer or supplier is set up as a basic worktag only and cannot be a payee',
    },
    {
      id: 'workday.duplicate_proposed_position',
      doc: `${DIR}: Staffing Import_Swap_Positions ("The same Proposed Position cannot be entered for more than one worker")`,
      message: /same proposed position cannot be entered for more than one worker/i,
      category: 'duplicate_record',
      why: 'two workers in the request propose the same position',
    },
    {
      id: 'workday.page_zero',
      doc: `${DIR}: Response_Filter ("Page Number cannot be zero.")`,
      message: /page number cannot be zero/i,
      category: 'malformed_request',
      why: 'the integration asked for page 0: Workday pages start at 1',
    },
    {
      id: 'workday.task_not_authorized',
      doc: 'Workday Web Services processing fault "The task submitted is not authorized." (Workday connector documentation for Make/Axelor Connect, "Workday Human Capital Management": the Integration System User lacks the permissions for the action)',
      message: /the task submitted is not authorized/i,
      category: 'permission_changed',
      why: "the Integration System User's security groups do not grant the task or domain",
    },
    {
      id: 'workday.invalid_id',
      doc: "Workday Web Services validation fault (SOAP-ENV:Client.validationError) \"Invalid ID value. '{value}' is not a valid ID value for type = '{Reference_ID_type}'\" (reference IDs as described in the Service Directory)",
      message: /is not a valid id value for type/i,
      category: 'invalid_reference',
      why: 'no object of that reference ID type has this ID in the tenant',
    },
  ],
};
