import type { Db } from '../../db/prismaClient';
import { reportCode } from '../../../dialogs/maintenance/reportDesk';
import { NotFoundError, ForbiddenError } from '../errors';
import { allows, neighbourhoodScope, type StaffIdentity } from '../staff/permissions';
import { isTrialChannel } from '../trialRecords';

const LIMIT = 100;

/**
 * One tenant as a person on the staff sees them: who they are, and what of theirs this person may see — the
 * requests and reports of their neighbourhoods, the appointments only for those who run health points. Nothing of
 * the discreet path is kept against a tenant, so nothing of it can show here.
 */
export class TenantProfiles {
  constructor(
    private readonly db: Db,
    private readonly languageName: (code: string) => string,
  ) {}

  async profile(actor: StaffIdentity, tenantId: string) {
    const tenant = await this.db.tenant.findUnique({ where: { id: tenantId }, include: { neighbourhood: true } });
    if (!tenant) throw new NotFoundError(`no tenant ${tenantId}`);
    const scope = neighbourhoodScope(actor);
    const inScope = scope ? { neighbourhoodId: { in: scope } } : {};
    const [requests, reports, appointments] = await Promise.all([
      allows(actor, 'requests.view')
        ? this.db.personRequest.findMany({
            where: { tenantId, ...inScope },
            include: { neighbourhood: true, messages: { where: { author: 'tenant' }, orderBy: { id: 'asc' }, take: 1 } },
            orderBy: { id: 'desc' },
            take: LIMIT,
          })
        : [],
      allows(actor, 'reports.view')
        ? this.db.maintenanceReport.findMany({
            where: { reporters: { some: { tenantId } }, ...inScope },
            include: { building: { select: { address: true } } },
            orderBy: { id: 'desc' },
            take: LIMIT,
          })
        : [],
      allows(actor, 'health.run')
        ? this.db.appointment.findMany({
            where: { tenantId, status: { not: 'held' }, ...(scope ? { point: { neighbourhoodId: { in: scope } } } : {}) },
            include: { point: { select: { name: true } } },
            orderBy: { startsAt: 'desc' },
            take: LIMIT,
          })
        : [],
    ]);
    const own = !scope || (tenant.neighbourhoodId !== null && scope.includes(tenant.neighbourhoodId));
    if (!own && requests.length === 0 && reports.length === 0 && appointments.length === 0) throw new ForbiddenError('tenant outside your neighbourhoods');
    return {
      id: tenant.id,
      name: tenant.name ?? '',
      language: tenant.locale,
      languageName: tenant.locale ? this.languageName(tenant.locale) : null,
      neighbourhoodName: tenant.neighbourhood?.name ?? null,
      over65: tenant.over65,
      trial: isTrialChannel(tenant.channel),
      firstSeenAt: tenant.createdAt,
      requests: requests.map((request) => ({
        id: request.id,
        status: request.status,
        topic: request.topic,
        neighbourhoodName: request.neighbourhood.name,
        createdAt: request.createdAt,
        closedAt: request.closedAt,
        outcome: request.outcome,
        preview: request.messages[0]?.text?.slice(0, 120) ?? '',
      })),
      reports: reports.map((report) => ({
        id: report.id,
        code: reportCode(report.id, report.createdAt),
        category: report.category,
        status: report.status,
        address: report.building.address,
        createdAt: report.createdAt,
      })),
      appointments: appointments.map((appointment) => ({
        id: appointment.id,
        pointName: appointment.point.name,
        serviceId: appointment.serviceId,
        startsAt: appointment.startsAt,
        status: appointment.status,
      })),
    };
  }
}
