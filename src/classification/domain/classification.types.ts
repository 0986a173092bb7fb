// The classes, categories and reasons live in the shared kernel (src/core): platform and several capabilities use them.
export * from '../../core/classification.types';
