// Categories and their default owner classes live in the shared kernel (src/core): escalation's noise control uses them too.
export * from '../../core/categories';
