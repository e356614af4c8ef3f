import { z } from 'zod';
import type { Db } from '../../db/prismaClient';
import { ConflictError } from '../errors';
import { parseOrThrow } from '../validation';

const newOrganisationSchema = z.object({ name: z.string().trim().min(2).max(80) });

/** The partner organisations (Telefono Donna, Ebano…) that partner accounts belong to; coordinators add them. */
export class PartnerOrganisations {
  constructor(private readonly db: Db) {}

  async list() {
    return this.db.partnerOrganisation.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } });
  }

  async create(input: unknown): Promise<string> {
    const { name } = parseOrThrow(newOrganisationSchema, input);
    if (await this.db.partnerOrganisation.findUnique({ where: { name } })) throw new ConflictError('an organisation with this name exists');
    return (await this.db.partnerOrganisation.create({ data: { name } })).id;
  }
}
