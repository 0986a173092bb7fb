import type { KnowledgePack } from './pack.types';

// Recurly API v3 (v2021-02-25). The documents the families come from:
const OPENAPI =
  'Recurly API v2021-02-25 OpenAPI (recurly/recurly-client-ruby openapi/api.yaml), Error.type enum (ErrorTypeEnum) and response descriptions';
const SDK = 'recurly/recurly-client-ruby lib/recurly/errors/api_errors.rb (one error class per documented error type)';
const TXN =
  'Recurly docs, "API Transaction Errors" (recurly.com/developers/pages/api-transaction-errors.html; docs.recurly.com/recurly-subscriptions/docs/api-transaction-errors): transaction_error code, category, customer and merchant messages; OpenAPI ErrorCodeEnum / ErrorCategoryEnum';
const DECLINE_CATEGORIES =
  'Recurly blog, "Credit card decline categories" (soft, hard, fraud, communication, misconfiguration / merchant error)';

export const recurlyPack: KnowledgePack = {
  system: 'Recurly',
  aliases: ['recurly'],
  families: [
    {
      id: 'recurly.not_found',
      doc: `${OPENAPI}: type not_found, 404 "Incorrect site or account ID", "Incorrect site or plan ID", "Incorrect site or item ID"; ${SDK}: NotFoundError`,
      codes: /^not_found$/i,
      category: 'invalid_reference',
      why: 'the account, plan, item, subscription or invoice code the integration sent does not exist on the Recurly site',
    },
    {
      id: 'recurly.no_billing_info',
      doc: `${OPENAPI}: 404 "Account has no billing information, or incorrect site or account"; ${TXN}: no_billing_information`,
      codes: /^no_billing_information$/i,
      message: /account has no billing information/i,
      either: true,
      category: 'missing_required_value',
      lean: { bad_source_data: 0.8, defect: 0.15, process_change: 0.05 },
      supersedes: ['recurly.not_found'],
      why: 'the Recurly account has no card or payment method on file to charge',
    },
    {
      id: 'recurly.validation',
      doc: `${OPENAPI}: type validation, 422 "A validation error", "Invalid or unpermitted parameter."; ${SDK}: ValidationError < UnprocessableEntityError`,
      codes: /^validation$/i,
      category: 'value_format',
      lean: { bad_source_data: 0.55, defect: 0.4, process_change: 0.05 },
      why: "a field of the record failed Recurly's validation (the params list names the field)",
    },
    {
      id: 'recurly.taken',
      doc: `${OPENAPI}: 422 "A validation error such as 'Code has already been taken.'"`,
      message: /has already been taken/i,
      category: 'duplicate_record',
      supersedes: ['recurly.validation'],
      why: 'an account, plan, coupon or item with this code already exists in Recurly',
    },
    {
      id: 'recurly.bad_request',
      doc: `${OPENAPI}: types bad_request, invalid_content_type, invalid_api_version, unknown_api_version, unavailable_in_api_version; 400 "Bad request, perhaps invalid JSON?"; "Unsupported Versions": 406 "That accept header isn't in the format we use to specify an API version"`,
      codes: /^(bad_request|invalid_content_type|invalid_api_version|unknown_api_version|unavailable_in_api_version)$/i,
      message: /accept header isn't in the format we use to specify an api version|perhaps invalid json/i,
      either: true,
      category: 'malformed_request',
      why: "the integration's request body, content type or API version header is wrong",
    },
    {
      id: 'recurly.auth',
      doc: `${OPENAPI}: types invalid_api_key and unauthorized; ${SDK}: InvalidApiKeyError < ForbiddenError, UnauthorizedError`,
      codes: /^(invalid_api_key|unauthorized)$/i,
      category: 'auth_config',
      why: "Recurly rejected the integration's private API key",
    },
    {
      id: 'recurly.permissions',
      doc: `${OPENAPI}: type invalid_permissions; ${SDK}: InvalidPermissionsError < ForbiddenError (403)`,
      codes: /^invalid_permissions$/i,
      category: 'permission_changed',
      lean: { defect: 0.5, process_change: 0.45, bad_source_data: 0.05 },
      why: 'the API key is valid but lacks the permission for this endpoint: whoever manages the key must widen it',
    },
    {
      id: 'recurly.missing_feature',
      doc: `${OPENAPI}: type missing_feature, 422 "Feature not enabled on site"; ${SDK}: MissingFeatureError`,
      codes: /^missing_feature$/i,
      message: /feature not enabled on (this |the )?site/i,
      either: true,
      category: 'permission_changed',
      lean: { process_change: 0.85, defect: 0.15 },
      why: 'the Recurly site does not have the feature this request uses enabled',
    },
    {
      id: 'recurly.invalid_token',
      doc: `${OPENAPI}: type invalid_token (InvalidTokenError, 422); ${TXN}: rjs_token_expired, recurly_token_not_found, recurly_token_mismatch, recurly_failed_to_get_token`,
      codes:
        /^(invalid_token|rjs_token_expired|recurly_token_not_found|recurly_token_mismatch|recurly_failed_to_get_token)$/i,
      category: 'malformed_request',
      why: 'the Recurly.js billing token the integration passed is expired, unknown or already used',
    },
    {
      id: 'recurly.simultaneous',
      doc: `${OPENAPI}: type simultaneous_request (SimultaneousRequestError, 422); ${TXN}: simultaneous`,
      codes: /^(simultaneous_request|simultaneous)$/i,
      category: 'concurrency',
      why: 'another request was changing the same Recurly account or subscription at the same time',
    },
    {
      id: 'recurly.immutable_subscription',
      doc: `${OPENAPI}: type immutable_subscription (ImmutableSubscriptionError, 422); 422 "A validation error such as \\"Subscription hasn't been changed\\""`,
      codes: /^immutable_subscription$/i,
      category: 'approval_required',
      lean: { process_change: 0.5, defect: 0.35, bad_source_data: 0.15 },
      why: 'the subscription is in a state (expired, cancelled, pending change) that no longer accepts this change',
    },
    {
      id: 'recurly.rate_limited',
      doc: `${OPENAPI} "Limits": requests over the limit get "429 Too Many Requests"; type rate_limited (RateLimitedError < TooManyRequestsError); ${TXN}: gateway_rate_limited`,
      codes: /^(rate_limited|gateway_rate_limited)$/i,
      category: 'rate_limited',
      why: 'Recurly (or its gateway) throttled the integration',
    },
    {
      id: 'recurly.server',
      doc: `${OPENAPI}: types internal_server_error, service_not_available, tax_service_error; ${SDK}: InternalServerError, ServiceNotAvailableError, TaxServiceError, BadGatewayError, ServiceUnavailableError, TimeoutError`,
      codes: /^(internal_server_error|service_not_available|tax_service_error|bad_gateway|service_unavailable)$/i,
      category: 'upstream_5xx',
      why: 'Recurly or its tax service failed',
    },
    {
      id: 'recurly.transaction',
      doc: `${OPENAPI}: type transaction, ErrorMayHaveTransaction: transaction_error "only included on errors with type=transaction"; ${TXN}`,
      codes: /^transaction$/i,
      category: 'value_format',
      lean: { bad_source_data: 0.75, process_change: 0.15, defect: 0.1 },
      fallback: true,
      why: 'the payment attempt failed at the gateway; the transaction_error code says why',
    },
    {
      id: 'recurly.declined',
      doc: `${TXN}, Soft and Hard: declined ("Your transaction was declined. Please use a different card or contact your bank."), declined_saveable, insufficient_funds ("declined due to insufficient funds"), temporary_hold ("Your card has a temporary hold"), too_many_attempts, call_issuer, expired_card, invalid_card_number ("Your card number is not valid"), declined_security_code, declined_expiration_date, restricted_card, ...; ${DECLINE_CATEGORIES}`,
      codes:
        /^(declined|declined_saveable|declined_card_number|declined_exception|declined_expiration_date|declined_missing_data|declined_security_code|insufficient_funds|temporary_hold|try_again|too_many_attempts|call_issuer|call_issuer_update_cardholder_data|card_not_activated|cardholder_requested_stop|exceeds_daily_limit|exceeds_max_amount|expired_card|invalid_card_number|invalid_account_number|invalid_issuer|invalid_payment_method|invalid_payment_method_hard|lifecycle_decline|payment_not_accepted|restricted_card|restricted_card_chargeback|cvv_required|paypal_declined_use_alternate|paypal_hard_decline|paypal_primary_declined|paypal_account_issue|ach_return|ach_cancel)$/i,
      message:
        /your transaction was declined|declined due to insufficient funds|your card has a temporary hold|exceeded a reasonable number of attempts|your card number is not valid/i,
      either: true,
      category: 'value_format',
      lean: { bad_source_data: 0.85, process_change: 0.1, defect: 0.05 },
      supersedes: ['recurly.transaction'],
      why: "the customer's card or account was declined or its details are wrong: the customer must use another payment method",
    },
    {
      id: 'recurly.fraud',
      doc: `${TXN}, Fraud: fraud_address, fraud_security_code, fraud_stolen_card, fraud_ip_address, fraud_gateway, fraud_advanced_verification, fraud_velocity, fraud_risk_check, fraud_manual_decision, fraud_generic, fraud_too_many_attempts; ${DECLINE_CATEGORIES}: "The transaction was prevented because the transaction could be fraudulent"`,
      codes: /^fraud_[a-z_]{2,30}$/i,
      category: 'value_format',
      lean: { bad_source_data: 0.75, process_change: 0.2, defect: 0.05 },
      supersedes: ['recurly.transaction'],
      why: "the gateway's or Recurly's fraud rules refused this payer's transaction",
    },
    {
      id: 'recurly.gateway_configuration',
      doc: `${TXN}, categories configuration / not_enabled / not_supported: invalid_gateway_configuration, gateway_account_setup_incomplete, invalid_login, invalid_gateway_access_token, no_gateway, no_gateway_found_for_transaction_amount, currency_not_supported, card_type_not_accepted, reference_transactions_not_enabled, ...; ${DECLINE_CATEGORIES}: "Misconfiguration or Merchant Error - card type not accepted, currency unit is bad, gateway credentials are no longer valid"`,
      codes:
        /^(invalid_gateway_configuration|gateway_account_setup_incomplete|invalid_login|invalid_gateway_access_token|invalid_merchant_type|no_gateway|no_gateway_found_for_transaction_amount|currency_not_supported|card_type_not_accepted|direct_debit_type_not_accepted|ach_transactions_not_supported|reference_transactions_not_enabled|three_d_secure_not_supported|zero_dollar_auth_not_supported|partial_credits_not_supported|merch_max_transaction_limit_exceeded|recurly_credentials_not_found|three_d_secure_credential_error)$/i,
      category: 'setup_missing',
      lean: { process_change: 0.75, defect: 0.2, bad_source_data: 0.05 },
      supersedes: ['recurly.transaction'],
      why: "the merchant's payment gateway set-up in Recurly (credentials, currency, card type, feature) does not allow this payment",
    },
    {
      id: 'recurly.gateway_communication',
      doc: `${TXN}, Communication: gateway_timeout, gateway_unavailable, gateway_error, processor_unavailable, issuer_unavailable, ssl_error, too_busy, contact_gateway, api_error; ${DECLINE_CATEGORIES}: "issue communicating with the payment gateway, the gateway was too busy, or did not return a response in time"`,
      codes:
        /^(gateway_timeout|gateway_unavailable|gateway_error|processor_unavailable|processor_not_available|issuer_unavailable|ssl_error|too_busy|contact_gateway|api_error|recurly_error|three_d_secure_connection_error|vaultly_service_unavailable|batch_processing_error)$/i,
      category: 'upstream_5xx',
      supersedes: ['recurly.transaction'],
      why: 'Recurly could not reach the payment gateway or got no answer in time',
    },
    {
      id: 'recurly.transaction_state',
      doc: `${TXN}: transaction_already_refunded, transaction_already_voided, transaction_cannot_be_refunded, transaction_cannot_be_refunded_currently, transaction_cannot_be_voided, transaction_settled, cannot_refund_unsettled_transactions, authorization_expired, authorization_already_captured, total_credit_exceeds_capture`,
      codes:
        /^(transaction_already_refunded|transaction_already_voided|transaction_cannot_be_refunded|transaction_cannot_be_refunded_currently|transaction_cannot_be_voided|transaction_settled|cannot_refund_unsettled_transactions|authorization_expired|authorization_already_captured|authorization_amount_depleted|total_credit_exceeds_capture|payment_cannot_void_authorization)$/i,
      category: 'approval_required',
      lean: { defect: 0.6, process_change: 0.25, bad_source_data: 0.15 },
      supersedes: ['recurly.transaction'],
      why: 'the refund, void or capture was asked of a transaction already in another state: the integration should check the state first',
    },
    {
      id: 'recurly.duplicate_transaction',
      doc: `${TXN}, category duplicate: duplicate_transaction (the gateway refused a transaction identical to a recent one)`,
      codes: /^duplicate_transaction$/i,
      category: 'duplicate_record',
      lean: { defect: 0.6, bad_source_data: 0.35, process_change: 0.05 },
      supersedes: ['recurly.transaction'],
      why: "the same charge was sent twice in the gateway's duplicate window: usually a re-sent request",
    },
  ],
};
