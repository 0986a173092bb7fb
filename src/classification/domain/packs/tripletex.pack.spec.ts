import { describePackTable, type PackRow } from './pack-table.test-support';
import { tripletexPack } from './tripletex.pack';

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const positives: PackRow[] = [
  ['tripletex.request', '11000', 'Illegal filter'],
  ['tripletex.request', '', 'Result set too large. Limit of 10.000 reached.'],
  ['tripletex.request', '', 'ID kan ikke settes når man oppretter et objekt.'],
  ['tripletex.authentication', '3000', ''],
  ['tripletex.security', '9000', 'Security Exception'],
  ['tripletex.not_found', '6000', ''],
  ['tripletex.not_found', '', 'Object not found'],
  ['tripletex.exists', '14000', 'Duplicate entry'],
  ['tripletex.revision', '8000', ''],
  ['tripletex.locked', '10000', ''],
  ['tripletex.validation', '18000', 'Validering feilet.'],
  ['tripletex.rate_limit', '', 'Request rate limit hit'],
  ['tripletex.server', '1000', 'Exception'],
  ['tripletex.vat_mode', '', 'Enhetspris må være uten mva siden enhetspris på ordre er uten mva.'],
  ['tripletex.ledger_party', '', 'Leverandør mangler'],
  ['tripletex.einvoice_channel', '18000', 'Validering feilet - Kunden kan ikke motta EHF-dokumenter'],
  ['tripletex.vat_code', '', 'Validation failed - Ugyldig mva-kode'],
];

// near misses: an error of another meaning that looks alike, written the same way
const nearMisses: PackRow[] = [
  ['tripletex.request', '18000', 'Validering feilet.'],
  ['tripletex.authentication', '9000', 'Security Exception'],
  ['tripletex.security', '3000', ''],
  ['tripletex.not_found', '', 'Kunde mangler'],
  ['tripletex.exists', '8000', ''],
  ['tripletex.revision', '10000', ''],
  ['tripletex.locked', '8000', ''],
  // a more particular family says what failed validation
  ['tripletex.validation', '18000', 'Validering feilet - Kunden kan ikke motta EHF-dokumenter'],
  ['tripletex.rate_limit', '', 'Result set too large. Limit of 10.000 reached.'],
  ['tripletex.server', '10000', ''],
  ['tripletex.vat_mode', '', 'Ugyldig mva-kode'],
  ['tripletex.ledger_party', '', 'Kunden finnes ikke i eFaktura-registeret.'],
  ['tripletex.einvoice_channel', '', 'Kunde mangler'],
  ['tripletex.vat_code', '', 'Enhetspris må være med mva siden enhetspris på ordre er med mva.'],
];

describePackTable(tripletexPack, positives, nearMisses);
