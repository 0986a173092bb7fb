import { oracleInterfaceFamilies } from './oracle-fusion.pack';
import type { KnowledgePack } from './pack.types';

// Oracle E-Business Suite: open-interface imports (Payables Open Interface Import, Journal Import, AutoInvoice)
// and the public PL/SQL APIs. The Payables and Journal Import rejection codes are shared with Fusion.
export const oracleEbsPack: KnowledgePack = {
  system: 'Oracle EBS',
  aliases: ['oracle-ebs', 'oracle ebs', 'e-business suite', 'ebusiness suite', 'oracle apps r12'],
  families: [
    ...oracleInterfaceFamilies('ebs'),
    {
      id: 'ebs.ar_gl_date_closed',
      doc: 'Oracle Receivables, AR Transaction API "Error Handling": "GL date in a closed period: The Transaction API will reject transactions whose GL date is in a closed period" (docs.oracle.com/cd/A60725_05/html/comnls/us/ar/trxapi01.htm); AutoInvoice validation: GL_DATE must be in a period with status Open or Future',
      message: /gl date .{0,60}(in a closed period|not in an open or future)|gl date is in a closed period/i,
      category: 'period_locked',
      supersedes: ['ebs.gl_period'],
      why: 'the Receivables GL date falls in a closed period',
    },
  ],
};
