import type { KnowledgePack } from './pack.types';

// Fortnox answers {"ErrorInformation":{"error":1,"message":"…","code":NNNNNNN}}, the message mostly Swedish. Its
// error table gives each code, the Swedish text and an English cause; the stored copies of the page end at code
// 2001101, and the rows after it are read from two SDKs that copy the same table (every row compared with the page
// where both have it). Families match the code or the Swedish text, either.
const ERRORS = 'Fortnox developer documentation, "Errors" (fortnox.se/developer/guides-and-good-to-know/errors)';
const ERRORS_COPIED = `${ERRORS}, rows past 2001101 as copied in thats4fun/go-fortnox-sdk client/client.go @bac6918 and third-act/fortnox src/api_error_code.rs @98fc2f4`;
const FAQ = 'Fortnox developer FAQ (fortnox.se/developer/faq)';
const TRAEDE =
  'Traede help, "Common Fortnox sync errors" (help.traede.com/hc/en-us/articles/13261566470546), an integrator quoting Fortnox';
const ACCODEING = 'accodeing/fortnox-api wiki, "Fortnox API" (a client library quoting Fortnox)';

export const fortnoxPack: KnowledgePack = {
  system: 'Fortnox',
  aliases: ['fortnox'],
  families: [
    {
      id: 'fortnox.system_error',
      doc: `${ERRORS}: 1000003 "System exception" (something went wrong on Fortnox's end); ${ERRORS_COPIED}: 2003127 "Ett fel uppstod i lagermodulen" (an error in the warehouse module)`,
      codes: /^(1000003|2003127)$/,
      message: /^\W{0,4}system exception\W{0,4}$|\bett fel uppstod i lagermodulen\b/i,
      either: true,
      category: 'upstream_5xx',
      why: 'Fortnox failed on its own side',
    },
    {
      id: 'fortnox.request_format',
      doc: `${ERRORS}: 1000030 "Invalid response type", 1000031 "Invalid content type", 2000588 "Ogiltig parameter i anropet.", 2001392 "Ingen eller felaktig typ av data.", 2001740 "Inläsning av dokument misslyckades", 2002115 "Error deserializing JSON", 2000729 "A valid identifier was not provided.", 2001399 "Felaktigt fältnamn" (an invalid field name)`,
      codes: /^(1000030|1000031|2000588|2001392|2001740|2002115|2000729|2001399)$/,
      message:
        /\binvalid (response|content) type\b|\bogiltig parameter i anropet\b|\bingen eller felaktig typ av data\b|\binläsning av dokument misslyckades\b|\berror deserializing json\b|\ba valid identifier was not provided\b|\bfelaktigt fältnamn\b/i,
      either: true,
      category: 'malformed_request',
      why: "the request's headers, parameters, body or field names are not what the Fortnox API takes",
    },
    {
      id: 'fortnox.value_type',
      doc: `${ERRORS}: 2000106 "Värdet måste vara alfanumeriskt", 2000108 "Värdet måste vara numeriskt", 2000134 "Värdet måste vara en boolean" (the value must be alphanumeric, numeric, a boolean)`,
      codes: /^(2000106|2000108|2000134)$/,
      message: /\bvärdet måste vara (alfanumeriskt|numeriskt|en boolean)\b/i,
      either: true,
      category: 'value_format',
      lean: { defect: 0.6, bad_source_data: 0.35, process_change: 0.05 },
      why: 'a value is not of the type the field takes: most often the mapping sends the wrong kind of value',
    },
    {
      id: 'fortnox.invalid_characters',
      doc: `${ERRORS}: 2000359 "Värdet innehåller ej tillåtna tecken." (the value contains characters that are not allowed)`,
      codes: /^2000359$/,
      message: /\bvärdet innehåller ej tillåtna tecken\b/i,
      either: true,
      category: 'value_format',
      why: 'a value holds characters Fortnox does not allow',
    },
    {
      id: 'fortnox.login',
      doc: `${ERRORS}: 2000310 "Ogiltig inloggning" and 2000311 "Kan inte logga in, access-token eller client-secret saknas" (the client secret or access token is missing or wrong); ${ERRORS_COPIED}: 2003275 "Ej autentiserad"; ${FAQ}: "Invalid refresh token" (already used or expired: a user must reactivate the integration), "Auth code or ClientID supplied is invalid", "Client does not allow service account"`,
      codes: /^(2000310|2000311|2003275)$/,
      message:
        /\bogiltig inloggning\b|\bkan inte logga in, access-token eller client-secret saknas\b|^\W{0,4}ej autentiserad\b|\binvalid refresh token\b|\bauth code or clientid supplied is invalid\b|\bclient does not allow service account\b/i,
      either: true,
      category: 'auth_config',
      why: "Fortnox rejected the integration's token, secret or OAuth set-up",
    },
    {
      id: 'fortnox.licence',
      doc: `${ERRORS}: 2001103 "Api-licens saknas." (the account has no licence to use the API; ${FAQ}: the customer must order an integration licence), 2001101 "Det finns ingen aktiv licens för önskat scope" (no active licence for the scope)`,
      codes: /^(2001103|2001101)$/,
      message: /\bapi-licens saknas\b|\bdet finns ingen aktiv licens för önskat scope\b/i,
      either: true,
      category: 'permission_changed',
      lean: { process_change: 0.8, defect: 0.2 },
      why: "the customer's Fortnox subscription lacks the API licence or the module the call needs",
    },
    {
      id: 'fortnox.scope',
      doc: `${ERRORS_COPIED}: 2000663 "Har inte behörighet för scope" (no access to the current scope)`,
      codes: /^2000663$/,
      message: /\bhar inte behörighet för scope\b/i,
      either: true,
      category: 'permission_changed',
      lean: { defect: 0.6, process_change: 0.4 },
      why: "the integration's token was not granted the scope the call needs",
    },
    {
      id: 'fortnox.account_not_found',
      doc: `${ERRORS}: 2001304 "Kunde inte hitta konto" (the account used in the request does not exist; ${FAQ}: when the request names no account, the customer has not set up its preferred accounts); Fortnox "Responses" page: 2000423 "Kan inte hitta kontot."; ${ACCODEING}: "Kontot … existerar inte" for a default purchase account missing from the chart of accounts`,
      codes: /^(2001304|2000423)$/,
      message: /\bkunde inte hitta konto\b|\bkan inte hitta kontot\b|\bkontot "[^"]{1,20}" existerar inte\b/i,
      either: true,
      category: 'setup_missing',
      lean: { process_change: 0.6, defect: 0.3, bad_source_data: 0.1 },
      why: "an account the record or Fortnox's preferred-account settings use is not in the chart of accounts",
    },
    {
      id: 'fortnox.default_account_missing',
      doc: `${ERRORS_COPIED}: 2003095 "Det saknas ett förvalt konto för Inköp SE, omvänd skattskyldighet" (a preferred account is missing)`,
      codes: /^2003095$/,
      message: /\bdet saknas ett förvalt konto\b/i,
      either: true,
      category: 'setup_missing',
      lean: { process_change: 0.7, defect: 0.25, bad_source_data: 0.05 },
      why: 'a preferred account Fortnox needs for this kind of transaction is not set up',
    },
    {
      id: 'fortnox.master_not_found',
      doc: `${ERRORS_COPIED}: 2000204/2000433 "Kunde inte hämta/hitta kund" (the customer is not in the customer resource), 2001302 "Kunde inte hitta artikel", 2000428 "Kan inte hitta artikeln", 2003277 "Hittades inte i lagermodulen"`,
      codes: /^(2000204|2000433|2001302|2000428|2003277)$/,
      message:
        /\bkunde inte (hämta|hitta)(\/hitta)? kund\b|\bkunde inte hitta artikel\b|\bkan inte hitta artikeln\b|\bhittades inte i lagermodulen\b/i,
      either: true,
      category: 'invalid_reference',
      why: 'the customer or article the record names is not in Fortnox',
    },
    {
      id: 'fortnox.number_taken',
      doc: `${ERRORS}: 2000637 "Kundnummer 1 används redan. Kundnumret har redan använts men blivit raderat." (the number is reserved even after the customer was deleted)`,
      codes: /^2000637$/,
      message: /\bkundnummer .{1,30} används redan\b/i,
      either: true,
      category: 'duplicate_record',
      why: 'the customer number is already used, or was used by a customer since deleted',
    },
    {
      id: 'fortnox.unbalanced',
      doc: `${ERRORS_COPIED}: 2000755 "Leverantörsfakturan balanserar inte" (the supplier invoice does not balance)`,
      codes: /^2000755$/,
      message: /\bleverantörsfakturan balanserar inte\b/i,
      either: true,
      category: 'value_format',
      lean: { bad_source_data: 0.55, defect: 0.4, process_change: 0.05 },
      why: "the supplier invoice's rows do not add up to its total",
    },
    {
      id: 'fortnox.vat_row_marking',
      doc: `${ERRORS_COPIED}: 2003115 "Momsrader för momstyp REVERSE måste vara märkta med motsvarande CODE" (tax rows of a reverse-charge VAT type must carry its code)`,
      codes: /^2003115$/,
      message: /\bmomsrader för momstyp .{1,20} måste vara märkta\b/i,
      either: true,
      category: 'mapping_error',
      why: "the integration's tax rows are not marked the way the VAT type requires",
    },
    {
      id: 'fortnox.document_state',
      doc: `${ERRORS_COPIED}: 2003124 "Enbart ordrar som levererats ut kan klarmarkeras", 2003125 "Ett klarmarkerat dokument kan inte ändras"; ${TRAEDE}: "Faktura som bokförs måste var klarmarkerad" (with the warehouse module on, an invoice must be marked delivered before it is booked: a Fortnox setting)`,
      codes: /^(2003124|2003125)$/,
      message:
        /\benbart ordrar som levererats ut kan klarmarkeras\b|\bett klarmarkerat dokument kan inte ändras\b|\bfaktura som bokförs måste vara? klarmarkerad\b/i,
      either: true,
      category: 'approval_required',
      lean: { process_change: 0.65, defect: 0.3, bad_source_data: 0.05 },
      why: 'the document is not in the delivery state the action needs, or is already marked done',
    },
    {
      id: 'fortnox.delivery_date',
      doc: `${ERRORS_COPIED}: 2003126 "Utleveransdatum kan inte vara senare än dagens datum" (the delivery date cannot be after today)`,
      codes: /^2003126$/,
      message: /\butleveransdatum kan inte vara senare än dagens datum\b/i,
      either: true,
      category: 'value_format',
      why: "the record's delivery date lies in the future",
    },
    {
      id: 'fortnox.voided',
      doc: `${ERRORS_COPIED}: 2003399 "Dokumentet är makulerat i lagermodulen" (the document is voided in the warehouse module)`,
      codes: /^2003399$/,
      message: /\bdokumentet är makulerat\b/i,
      either: true,
      category: 'inactive_reference',
      lean: { bad_source_data: 0.6, defect: 0.35, process_change: 0.05 },
      why: 'the document was voided in Fortnox',
    },
    {
      id: 'fortnox.read_as_null',
      doc: `${TRAEDE}: "Värdet tolkas som null" (a field that must not be empty was sent empty, e.g. an organisation number instead of API_BLANK)`,
      message: /\bvärdet tolkas som null\b/i,
      category: 'mapping_error',
      lean: { defect: 0.65, bad_source_data: 0.3, process_change: 0.05 },
      why: 'a field Fortnox needs arrived empty: how the integration sends blanks, or a blank source field',
    },
    {
      id: 'fortnox.housework_ended',
      doc: `${ACCODEING}: "Skattereduktion för en av de valda husarbetestyperna har upphört." (a house-work type no longer in Fortnox's fixed list)`,
      message: /\bskattereduktion för en av de valda husarbetestyperna har upphört\b/i,
      category: 'unmapped_value',
      lean: { defect: 0.7, process_change: 0.25, bad_source_data: 0.05 },
      why: "the integration sends a house-work type Fortnox's fixed list has retired",
    },
  ],
};
