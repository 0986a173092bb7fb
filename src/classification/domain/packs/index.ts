import { businessCentralPack } from './business-central.pack';
import { d365FinancePack } from './d365-finance.pack';
import { dataversePack } from './dataverse.pack';
import { hubspotPack } from './hubspot.pack';
import { ipaasPack } from './ipaas.pack';
import { myobPack } from './myob.pack';
import { netsuitePack } from './netsuite.pack';
import type { KnowledgePack } from './pack.types';
import { quickbooksPack } from './quickbooks.pack';
import { salesforcePack } from './salesforce.pack';
import { sapPack } from './sap.pack';
import { shopifyPack } from './shopify.pack';
import { stripePack } from './stripe.pack';
import { xeroPack } from './xero.pack';

export type { ErrorFamily, KnowledgePack } from './pack.types';

/** Every pack Seam ships. To add a system: write `<system>.pack.ts` next to these and list it here. */
export const BUILT_IN_PACKS: readonly KnowledgePack[] = [
  netsuitePack,
  salesforcePack,
  businessCentralPack,
  d365FinancePack,
  dataversePack,
  myobPack,
  sapPack,
  xeroPack,
  quickbooksPack,
  shopifyPack,
  hubspotPack,
  stripePack,
  ipaasPack,
];
