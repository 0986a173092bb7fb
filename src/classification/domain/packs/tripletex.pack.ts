import type { KnowledgePack } from './pack.types';

// Tripletex answers {status, code, message, developerMessage, validationMessages[{field, message}], requestId}; the
// message is in the user's language, so the documented internal codes carry most of the meaning. The OpenAPI
// description names each code's exception; the developer FAQ quotes the texts it explains.
const SPEC =
  'Tripletex API v2 OpenAPI description (tripletex.no/v2-docs), the table of internal error codes by HTTP status (as copied into learnist-software/tripletex-php lib/Model, spec v2.70.19)';
const CHANGELOG = 'Tripletex/tripletex-api2 changelog.md @b432670';
const FAQ_GENERAL = 'Tripletex developer FAQ, general (developer.tripletex.no/docs/documentation/faq/general/)';
const FAQ_INVOICE =
  'Tripletex developer FAQ, invoice and order (developer.tripletex.no/docs/documentation/faq/invoice-order/)';
const FAQ_VOUCHER =
  'Tripletex developer FAQ, ledger and voucher (developer.tripletex.no/docs/documentation/faq/ledger-voucher/)';
const INTEGRATORS =
  'integrators quoting Tripletex: Acendy/Mystore "Feilmeldinger mot Tripletex" (support.acendy.com/docs/no/feilmeldinger-mot-tripletex), Milient Moment known issues (docs.milientsoftware.com/help/moment-by-topic/integrations/known-issues/tripletex)';

export const tripletexPack: KnowledgePack = {
  system: 'Tripletex',
  aliases: ['tripletex'],
  families: [
    {
      id: 'tripletex.request',
      doc: `${SPEC}: 4000 Bad Request Exception, 11000 Illegal Filter Exception, 12000 Path Param Exception, 16000 Mapping Exception, 17000 Sorting Exception, 21000 Param Exception, 22000 Invalid JSON Exception, 23000 Result Set Too Large Exception, 24000 Cryptography Exception; ${CHANGELOG} 2.13.2 ("Invalid json" replaced by mapping errors); ${FAQ_GENERAL}: "Result set too large", "ID kan ikke settes når man oppretter et objekt." (no id or version in a POST)`,
      codes: /^(4000|11000|12000|16000|17000|21000|22000|23000|24000)$/,
      message:
        /\b(illegal filter|path param|mapping|sorting|invalid json) exception\b|\bresult set too large\b|\bid kan ikke settes når man oppretter et objekt\b|^\W{0,4}invalid json\W{0,4}$/i,
      either: true,
      category: 'malformed_request',
      why: "the request's filter, parameters, JSON or ids are not what the Tripletex API takes",
    },
    {
      id: 'tripletex.authentication',
      doc: `${SPEC}: 3000 Authentication Exception (authentication failed or was not provided); ${FAQ_GENERAL}: "Company owned users(employeeToken) can only access …" (an accountant's client token used as an employee token)`,
      codes: /^3000$/,
      message: /\bauthentication exception\b|\bcompany owned users\s?\(employeetoken\) can only access\b/i,
      either: true,
      category: 'auth_config',
      why: "Tripletex did not accept the integration's session or token",
    },
    {
      id: 'tripletex.security',
      doc: `${SPEC}: 9000 Security Exception ("when AuthorisationManager says no"); ${CHANGELOG} 2.73: writing accounting dimensions needs the role "Accounts settings, chart of accounts and historical balance"`,
      codes: /^9000$/,
      message: /\bsecurity exception\b/i,
      either: true,
      category: 'permission_changed',
      why: "the employee the integration's token belongs to lacks the role the call needs",
    },
    {
      id: 'tripletex.not_found',
      doc: `${SPEC}: 6000 Not Found Exception; ${FAQ_GENERAL} and Tripletex/tripletex-api2 FAQ.md: "Object not found" most likely means an object was referred to without its Tripletex id (by name or number)`,
      codes: /^6000$/,
      message: /\bnot found exception\b|^\W{0,4}object not found\b/i,
      either: true,
      category: 'invalid_reference',
      lean: { defect: 0.5, bad_source_data: 0.4, process_change: 0.1 },
      why: 'an object the request refers to was not found: often referred to by name or number, not by its Tripletex id',
    },
    {
      id: 'tripletex.exists',
      doc: `${SPEC}: 7000 Object Exists Exception, 14000 Duplicate entry`,
      codes: /^(7000|14000)$/,
      message: /\bobject exists exception\b|^\W{0,4}duplicate entry\b/i,
      either: true,
      category: 'duplicate_record',
      why: 'Tripletex already has this object',
    },
    {
      id: 'tripletex.revision',
      doc: `${SPEC}: 8000 Revision Exception; ${CHANGELOG} 2.5.5: a PUT with the wrong version, typically after someone else changed the object`,
      codes: /^8000$/,
      message: /\brevision exception\b/i,
      either: true,
      category: 'concurrency',
      why: 'the object changed since the integration read it (a stale version)',
    },
    {
      id: 'tripletex.locked',
      doc: `${SPEC}: 10000 Locked Exception (under 409, an edit conflict)`,
      codes: /^10000$/,
      message: /\blocked exception\b/i,
      either: true,
      category: 'concurrency',
      lean: { defect: 0.6, process_change: 0.35, bad_source_data: 0.05 },
      why: 'the object is locked against the change (an edit conflict, or a locked period or document)',
    },
    {
      id: 'tripletex.validation',
      doc: `${SPEC}: 15000 Value Validation Exception, 18000 Validation Exception (422: "for required fields or things like malformed payload"; the cause is in validationMessages)`,
      codes: /^(15000|18000)$/,
      message: /\b(value )?validation exception\b|\bvalidering feilet\b/i,
      either: true,
      fallback: true,
      category: 'missing_required_value',
      why: 'Tripletex refused a field of the object: its validation messages say which',
    },
    {
      id: 'tripletex.rate_limit',
      doc: `${SPEC}: 429 "Request rate limit hit" (every request returns 429 for the rest of the period)`,
      message: /\brequest rate limit hit\b/i,
      category: 'rate_limited',
      why: 'the integration exceeded the Tripletex rate limit',
    },
    {
      id: 'tripletex.server',
      doc: `${SPEC}: 1000 Exception (500: an unexpected condition, no more specific message)`,
      codes: /^1000$/,
      category: 'upstream_5xx',
      why: 'Tripletex failed on its own side',
    },
    {
      id: 'tripletex.vat_mode',
      doc: `${FAQ_INVOICE}: "Enhetspris må være med mva siden enhetspris på ordre er med mva." and "… uten mva …" (the integration sent the unit price with or without VAT against the order's setting); Tripletex/tripletex-api2 FAQ.md: "The unit price must be exclusive VAT since the unit price on the order is exclusive VAT."`,
      message:
        /\benhetspris må være (med|uten) mva\b|\bunit price must be (inclusive|exclusive) vat since the unit price on the order\b/i,
      category: 'mapping_error',
      lean: { defect: 0.7, process_change: 0.25, bad_source_data: 0.05 },
      why: "the order lines' prices are sent with or without VAT against the order's own setting",
    },
    {
      id: 'tripletex.ledger_party',
      doc: `${FAQ_VOUCHER}: "Kunde mangler" / "Leverandør mangler" / "Ansatt mangler" (a posting to a customer, supplier or employee ledger account must carry that party's id)`,
      message: /^\W{0,4}(kunde|leverandør|ansatt) mangler\b/i,
      category: 'missing_required_value',
      lean: { defect: 0.6, bad_source_data: 0.35, process_change: 0.05 },
      why: 'a posting to a ledger account lacks the customer, supplier or employee that account needs',
    },
    {
      id: 'tripletex.einvoice_channel',
      doc: `${INTEGRATORS}: "Kunden kan ikke motta EHF-dokumenter", "Kunden finnes ikke i eFaktura-registeret" (the invoice's sending method, set on the invoice settings or the customer card, is one the customer cannot receive)`,
      message: /\bkunden kan ikke motta ehf\b|\bkunden finnes ikke i efaktura-registeret\b/i,
      category: 'setup_missing',
      lean: { process_change: 0.6, bad_source_data: 0.35, defect: 0.05 },
      why: 'the invoice is to be sent by a channel (EHF, eFaktura) the customer cannot receive',
    },
    {
      id: 'tripletex.vat_code',
      doc: `${INTEGRATORS}: "Ugyldig mva-kode" (the account and VAT code must match Tripletex's, and the account be active)`,
      message: /\bugyldig mva-kode\b/i,
      category: 'unmapped_value',
      why: 'a VAT code Tripletex does not accept for the account',
    },
  ],
};
