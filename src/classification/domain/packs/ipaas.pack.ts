import type { KnowledgePack } from './pack.types';

// Wrappers iPaaS tools put around target errors: Celigo, Boomi, MuleSoft, Workato and Magic xpi
// (iBolt). They add their own codes for transport and connector failures; the target's own message
// inside is still read by the other packs and the generic signals.
export const ipaasPack: KnowledgePack = {
  system: 'iPaaS connectors',
  aliases: ['*'],
  families: [
    { id: 'mule.http_timeout', codes: /^(http|mule|sockets):(timeout|connectivity)$/i, category: 'timeout', why: 'MuleSoft HTTP connector timed out or lost the connection' },
    { id: 'mule.http_5xx', codes: /^http:(internal_server_error|service_unavailable|bad_gateway)$/i, category: 'upstream_5xx', why: 'MuleSoft: the target answered 5xx' },
    { id: 'mule.transformation', codes: /^(mule:transformation|mule:expression|dw:.*)$/i, message: /DataWeave|Cannot coerce/i, either: true, category: 'mapping_error', why: 'a MuleSoft DataWeave transformation failed' },
    { id: 'boomi.connector', message: /Boomi|Atom(Sphere)?|process execution/i, codes: /^boomi/i, either: true, category: 'unknown', why: 'a Boomi process wraps the target error' },
    { id: 'celigo.flow', message: /celigo|integrator\.io/i, category: 'unknown', why: 'a Celigo flow wraps the target error' },
    { id: 'workato.recipe', message: /workato|recipe (job|step)/i, category: 'unknown', why: 'a Workato recipe wraps the target error' },
    { id: 'ibolt.login', message: /ibolt.{0,200}login error|magic xpi.{0,200}login/i, category: 'auth_config', why: 'the connector could not log in to the target' },
  ],
};
