import { acumaticaPack } from './acumatica.pack';
import { adobeCommercePack } from './adobe-commerce.pack';
import { adyenPack } from './adyen.pack';
import { amazonSpApiPack } from './amazon-sp-api.pack';
import { avalaraPack } from './avalara.pack';
import { bigcommercePack } from './bigcommerce.pack';
import { braintreePack } from './braintree.pack';
import { businessCentralPack } from './business-central.pack';
import { chargebeePack } from './chargebee.pack';
import { d365FinancePack } from './d365-finance.pack';
import { dataversePack } from './dataverse.pack';
import { dynamicsGpPack } from './dynamics-gp.pack';
import { easypostPack } from './easypost.pack';
import { ebayPack } from './ebay.pack';
import { epicorPack } from './epicor.pack';
import { exactOnlinePack } from './exact-online.pack';
import { fortnoxPack } from './fortnox.pack';
import { hubspotPack } from './hubspot.pack';
import { ifsPack } from './ifs.pack';
import { inforPack } from './infor.pack';
import { ipaasPack } from './ipaas.pack';
import { myobPack } from './myob.pack';
import { netsuitePack } from './netsuite.pack';
import { odooPack } from './odoo.pack';
import { oracleEbsPack } from './oracle-ebs.pack';
import { oracleFusionPack } from './oracle-fusion.pack';
import type { KnowledgePack } from './pack.types';
import { paypalPack } from './paypal.pack';
import { quickbooksPack } from './quickbooks.pack';
import { recurlyPack } from './recurly.pack';
import { sage300Pack } from './sage-300.pack';
import { sageIntacctPack } from './sage-intacct.pack';
import { sageX3Pack } from './sage-x3.pack';
import { salesforcePack } from './salesforce.pack';
import { sapBusinessOnePack } from './sap-business-one.pack';
import { sapPack } from './sap.pack';
import { shopifyPack } from './shopify.pack';
import { squarePack } from './square.pack';
import { stripePack } from './stripe.pack';
import { tripletexPack } from './tripletex.pack';
import { woocommercePack } from './woocommerce.pack';
import { workdayPack } from './workday.pack';
import { xeroPack } from './xero.pack';
import { zohoBooksPack } from './zoho-books.pack';
import { zohoCrmPack } from './zoho-crm.pack';
import { zuoraPack } from './zuora.pack';

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
  paypalPack,
  squarePack,
  adyenPack,
  recurlyPack,
  chargebeePack,
  zuoraPack,
  exactOnlinePack,
  sage300Pack,
  inforPack,
  epicorPack,
  fortnoxPack,
  tripletexPack,
  ifsPack,
  dynamicsGpPack,
  zohoCrmPack,
  braintreePack,
  easypostPack,
  ebayPack,
  ipaasPack,
];
