import type { KnowledgePack } from './pack.types';

// Stripe API error types and codes (stripe.com/docs/error-codes).
export const stripePack: KnowledgePack = {
  system: 'Stripe',
  aliases: ['stripe'],
  families: [
    { id: 'stripe.amount', codes: /^(amount_too_small|amount_too_large|invalid_charge_amount)$/i, category: 'value_format', why: 'the amount is outside what Stripe accepts' },
    { id: 'stripe.no_payment_method', message: /no attached payment source|default payment method/i, category: 'missing_required_value', why: 'the customer has no payment method' },
    { id: 'stripe.rate', codes: /^rate_limit$/i, message: /rate limit exceeded/i, either: true, category: 'rate_limited', why: 'Stripe rate limit' },
    { id: 'stripe.testmode', message: /testmode key|live mode key|test mode/i, category: 'auth_config', why: 'test and live keys or objects are mixed: integration configuration' },
    { id: 'stripe.idempotency', codes: /^idempotency_error$/i, message: /idempotent requests/i, either: true, category: 'code_exception', why: 'the integration reused an idempotency key for a different request' },
    { id: 'stripe.inactive', message: /is inactive|only accepts active|archived/i, category: 'inactive_reference', lean: { process_change: 0.7, defect: 0.2 }, why: 'the price or product was archived' },
    { id: 'stripe.currency', message: /cannot combine currencies/i, category: 'setup_missing', lean: { process_change: 0.65, bad_source_data: 0.3, defect: 0.05 }, why: 'the customer already bills in another currency: the business now sells to them in a second one' },
    { id: 'stripe.card', codes: /^(card_declined|expired_card|incorrect_cvc|insufficient_funds)$/i, category: 'value_format', why: 'the card was declined' },
  ],
};
