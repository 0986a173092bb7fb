import { acumaticaPack } from './acumatica.pack';
import { adobeCommercePack } from './adobe-commerce.pack';
import { amazonSpApiPack } from './amazon-sp-api.pack';
import { avalaraPack } from './avalara.pack';
import { bigcommercePack } from './bigcommerce.pack';
import { businessCentralPack } from './business-central.pack';
import { d365FinancePack } from './d365-finance.pack';
import { dataversePack } from './dataverse.pack';
import { hubspotPack } from './hubspot.pack';
import { ipaasPack } from './ipaas.pack';
import { myobPack } from './myob.pack';
import { netsuitePack } from './netsuite.pack';
import { oracleEbsPack } from './oracle-ebs.pack';
import { oracleFusionPack } from './oracle-fusion.pack';
import { odooPack } from './odoo.pack';
import type { KnowledgePack } from './pack.types';
import { quickbooksPack } from './quickbooks.pack';
import { salesforcePack } from './salesforce.pack';
import { sageIntacctPack } from './sage-intacct.pack';
import { sageX3Pack } from './sage-x3.pack';
import { sapBusinessOnePack } from './sap-business-one.pack';
import { sapPack } from './sap.pack';
import { shopifyPack } from './shopify.pack';
import { stripePack } from './stripe.pack';
import { woocommercePack } from './woocommerce.pack';
import { workdayPack } from './workday.pack';
import { xeroPack } from './xero.pack';
import { zohoBooksPack } from './zoho-books.pack';

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
  sapBusinessOnePack,
  oracleFusionPack,
  oracleEbsPack,
  sageIntacctPack,
  sageX3Pack,
  odooPack,
  avalaraPack,
  woocommercePack,
  bigcommercePack,
  zohoBooksPack,
  acumaticaPack,
  workdayPack,
  adobeCommercePack,
  amazonSpApiPack,
  ipaasPack,
];
