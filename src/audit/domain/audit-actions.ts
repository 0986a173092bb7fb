// The audit log's action names live in the shared kernel (src/core): access records key changes without depending on audit.
export * from '../../core/audit-actions';
