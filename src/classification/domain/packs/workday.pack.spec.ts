import { describePackTable, type PackRow } from './pack-table.test-support';
import { workdayPack } from './workday.pack';

const positives: PackRow[] = [
  [
    'workday.position_unavailable',
    'SOAP-ENV:Client.validationError',
    'This position is occupied by someone else as of the Effective Date.',
  ],
  [
    'workday.position_organization',
    'SOAP-ENV:Client.validationError',
    'The position specified is either not in the organization specified or is not fillable or the organization is not job management enabled.',
  ],
  [
    'workday.job_requisition',
    'SOAP-ENV:Client.validationError',
    "When Job Requisition is enabled, you're not allowed to select a position without an open job requisition.",
  ],
  [
    'workday.basic_worktag',
    'SOAP-ENV:Client.validationError',
    'Payee reference is for a supplier that can be used as a basic worktag only.',
  ],
  [
    'workday.duplicate_proposed_position',
    'SOAP-ENV:Client.validationError',
    'The same Proposed Position cannot be entered for more than one worker',
  ],
  ['workday.page_zero', 'SOAP-ENV:Client.validationError', 'Page Number cannot be zero.'],
  [
    'workday.task_not_authorized',
    'SOAP-ENV:Client.processingError',
    'Processing error occurred. The task submitted is not authorized.',
  ],
  [
    'workday.invalid_id',
    'SOAP-ENV:Client.validationError',
    "Invalid ID value. 'P-00412' is not a valid ID value for type = 'Position_ID'",
  ],
];

// near misses: a Workday error of another meaning that looks alike
const nearMisses: PackRow[] = [
  [
    'workday.position_unavailable',
    'SOAP-ENV:Client.validationError',
    'The position or organization is restricted to contingent workers only.',
  ],
  [
    'workday.position_organization',
    'SOAP-ENV:Client.validationError',
    'This position is occupied by someone else as of the Effective Date.',
  ],
  [
    'workday.job_requisition',
    'SOAP-ENV:Client.validationError',
    'The position is not available as of the business process initiation date.',
  ],
  [
    'workday.basic_worktag',
    'SOAP-ENV:Client.validationError',
    "Invalid ID value. 'S-100' is not a valid ID value for type = 'Supplier_ID'",
  ],
  [
    'workday.duplicate_proposed_position',
    'SOAP-ENV:Client.validationError',
    'This position is occupied by someone else as of the Effective Date.',
  ],
  ['workday.page_zero', 'SOAP-ENV:Client.validationError', 'The Count cannot be greater than 999.'],
  [
    'workday.task_not_authorized',
    'SOAP-ENV:Client.validationError',
    'Payee reference is for a customer that can be used as a basic worktag only.',
  ],
  ['workday.invalid_id', 'SOAP-ENV:Client.processingError', 'The task submitted is not authorized.'],
];

describePackTable(workdayPack, positives, nearMisses);
