import { fortnoxPack } from './fortnox.pack';
import { describePackTable, type PackRow } from './pack-table.test-support';

// Each row is written from the vendor's documented code and wording (values filled in), never copied from an incident.
const positives: PackRow[] = [
  ['fortnox.system_error', '1000003', 'System exception'],
  ['fortnox.request_format', '2002115', 'Error deserializing JSON: JSON_ERROR_SYNTAX'],
  ['fortnox.request_format', '', 'Felaktigt fältnamn'],
  ['fortnox.value_type', '2000108', 'Värdet måste vara numeriskt (A-12)'],
  ['fortnox.invalid_characters', '', 'Värdet innehåller ej tillåtna tecken. (Åke <3)'],
  ['fortnox.login', '2000311', 'Kan inte logga in, access-token eller client-secret saknas(2).'],
  ['fortnox.login', '', 'Invalid refresh token'],
  ['fortnox.licence', '2001103', 'Api-licens saknas.'],
  ['fortnox.scope', '2000663', 'Har inte behörighet för scope'],
  ['fortnox.account_not_found', '2001304', 'Kunde inte hitta konto'],
  ['fortnox.account_not_found', '', 'Inköpskonto inte uppdaterat. Kontot "4010" existerar inte. (PurchaseAccount)'],
  ['fortnox.default_account_missing', '', 'Det saknas ett förvalt konto för Inköp SE, omvänd skattskyldighet'],
  ['fortnox.master_not_found', '2001302', 'Kunde inte hitta artikel'],
  ['fortnox.master_not_found', '', 'Kunde inte hitta kund (1044)'],
  [
    'fortnox.number_taken',
    '2000637',
    'Kundnummer 1044 används redan. Kundnumret har redan använts men blivit raderat.',
  ],
  ['fortnox.unbalanced', '2000755', 'Leverantörsfakturan balanserar inte'],
  ['fortnox.vat_row_marking', '', 'Momsrader för momstyp REVERSE måste vara märkta med motsvarande CODE'],
  ['fortnox.document_state', '2003125', 'Ett klarmarkerat dokument kan inte ändras'],
  ['fortnox.document_state', '', 'Kunde inte bokföra fakturanummer 1207. Faktura som bokförs måste var klarmarkerad.'],
  ['fortnox.delivery_date', '2003126', 'Utleveransdatum kan inte vara senare än dagens datum'],
  ['fortnox.voided', '2003399', 'Dokumentet är makulerat i lagermodulen'],
  ['fortnox.read_as_null', '', 'Värdet tolkas som null'],
  ['fortnox.housework_ended', '', 'Skattereduktion för en av de valda husarbetestyperna har upphört.'],
];

// near misses: an error of another meaning that looks alike, written the same way
const nearMisses: PackRow[] = [
  ['fortnox.system_error', '2000310', 'Ogiltig inloggning'],
  ['fortnox.request_format', '2000106', 'Värdet måste vara alfanumeriskt (12,5)'],
  ['fortnox.value_type', '2000359', 'Värdet innehåller ej tillåtna tecken. (x)'],
  ['fortnox.invalid_characters', '2000134', 'Värdet måste vara en boolean (ja)'],
  ['fortnox.login', '2000663', 'Har inte behörighet för scope'],
  ['fortnox.licence', '2000663', 'Har inte behörighet för scope'],
  ['fortnox.scope', '2001101', 'Det finns ingen aktiv licens för önskat scope'],
  ['fortnox.account_not_found', '2001302', 'Kunde inte hitta artikel'],
  ['fortnox.default_account_missing', '2001304', 'Kunde inte hitta konto'],
  ['fortnox.master_not_found', '2000423', 'Kan inte hitta kontot.'],
  ['fortnox.number_taken', '2001302', 'Kunde inte hitta kund (1044)'],
  ['fortnox.unbalanced', '2003095', 'Det saknas ett förvalt konto för Inköp SE'],
  ['fortnox.vat_row_marking', '', 'Ogiltig parameter i anropet.'],
  ['fortnox.document_state', '2003126', 'Utleveransdatum kan inte vara senare än dagens datum'],
  ['fortnox.delivery_date', '2003124', 'Enbart ordrar som levererats ut kan klarmarkeras'],
  ['fortnox.voided', '2003277', 'Hittades inte i lagermodulen'],
  ['fortnox.read_as_null', '', 'Värdet måste vara numeriskt (null)'],
  ['fortnox.housework_ended', '', 'Skattereduktion saknas för raden'],
];

describePackTable(fortnoxPack, positives, nearMisses);
