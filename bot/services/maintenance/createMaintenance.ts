import type { Logger } from '../../config/logger';
import type { Db } from '../../db/prismaClient';
import type { ConversationGateway } from '../../turn/conversationGateway';
import { EmergencyNumbers } from './emergencyNumbers';
import type { FileFetcher } from './reportFiles';
import { ReportNotifier } from './reportNotifier';
import { ReportQueries } from './reportQueries';
import { ReportWorkflow } from './reportWorkflow';
import { TenantReports } from './tenantReports';

export type Maintenance = ReturnType<typeof createMaintenance>;

/** The maintenance services, wired together. */
export function createMaintenance(db: Db, gateway: ConversationGateway, fetchFile: FileFetcher, log: Logger) {
  const workflow = new ReportWorkflow(db, new ReportNotifier(db, gateway, log));
  return {
    workflow,
    tenantReports: new TenantReports(db, fetchFile, workflow),
    reportQueries: new ReportQueries(db),
    emergencyNumbers: new EmergencyNumbers(db),
  };
}
