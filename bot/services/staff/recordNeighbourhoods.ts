import type { Db } from '../../db/prismaClient';

export const SCOPED_RECORDS = ['request', 'report', 'building', 'healthPoint', 'appointment'] as const;
export type ScopedRecord = (typeof SCOPED_RECORDS)[number];

/** The neighbourhood a record belongs to (undefined: no such record), so access is decided before anything else is read. */
export class RecordNeighbourhoods {
  constructor(private readonly db: Db) {}

  async of(kind: ScopedRecord, id: string): Promise<string | undefined> {
    const number = Number(id);
    const numeric = Number.isSafeInteger(number) && number > 0;
    switch (kind) {
      case 'request':
        return numeric ? (await this.db.personRequest.findUnique({ where: { id: number }, select: { neighbourhoodId: true } }))?.neighbourhoodId : undefined;
      case 'report':
        return numeric ? (await this.db.maintenanceReport.findUnique({ where: { id: number }, select: { neighbourhoodId: true } }))?.neighbourhoodId : undefined;
      case 'appointment':
        return numeric ? (await this.db.appointment.findUnique({ where: { id: number }, select: { point: { select: { neighbourhoodId: true } } } }))?.point.neighbourhoodId : undefined;
      case 'building':
        return (await this.db.building.findUnique({ where: { id }, select: { neighbourhoodId: true } }))?.neighbourhoodId;
      case 'healthPoint':
        return (await this.db.healthPoint.findUnique({ where: { id }, select: { neighbourhoodId: true } }))?.neighbourhoodId;
    }
  }
}
