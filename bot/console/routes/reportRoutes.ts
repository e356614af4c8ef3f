import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { REJECT_REASONS, REPORT_CATEGORIES, REPORT_STATUSES } from '../../../dialogs/maintenance/reportDesk';
import type { ReportFilters } from '../../services/maintenance/reportQueries';
import type { StatusChange } from '../../services/maintenance/reportWorkflow';
import { parseOrThrow } from '../../services/validation';
import { staffOf } from '../consoleAuth';
import type { ConsoleDeps } from '../consoleDeps';

const idParams = z.object({ id: z.coerce.number<string>().int().positive() });
const fileParams = idParams.extend({ fileId: z.coerce.number<string>().int().positive() });
const days = z.coerce.number<string>().int().min(0).max(3650).optional();

export const reportFilters = z.object({
  neighbourhoodId: z.string().regex(/^[a-z-]{1,40}$/).optional(),
  buildingId: z.string().min(1).max(40).optional(),
  category: z.enum(REPORT_CATEGORIES).optional(),
  status: z.enum([...REPORT_STATUSES, 'open']).optional(),
  minAgeDays: days,
  maxAgeDays: days,
});

const assignee = z.string().trim().min(1).max(120);
const statusChange = z.discriminatedUnion('status', [
  z.object({ status: z.literal('assigned'), assignedTo: assignee }),
  z.object({ status: z.literal('scheduled'), scheduledFor: z.iso.datetime({ offset: true }).transform((value) => new Date(value)), assignedTo: assignee.optional() }),
  z.object({ status: z.literal('resolved') }),
  z.object({ status: z.literal('duplicate'), duplicateOf: z.string().trim().regex(/^MI-\d{4}-\d{6,}$/i, 'a report code such as MI-2026-000123') }),
  z.object({ status: z.literal('rejected'), reason: z.enum(REJECT_REASONS) }),
  z.object({ status: z.literal('received') }),
]);
const noteBody = z.object({ text: z.string().trim().min(1).max(2000) });

const idOf = (request: FastifyRequest) => parseOrThrow(idParams, request.params).id;
const filtersOf = (request: FastifyRequest): ReportFilters => parseOrThrow(reportFilters, request.query);

/** Maintenance reports in the console: the filtered list and its CSV, one report, its files, status changes and notes. */
export function registerReportRoutes(api: FastifyInstance, { maintenance }: ConsoleDeps): void {
  const { reportQueries, workflow } = maintenance;

  api.get('/api/reports', async (request) => reportQueries.list(staffOf(request), filtersOf(request)));

  api.get('/api/reports.csv', async (request, reply) => {
    const csv = await reportQueries.csv(staffOf(request), filtersOf(request));
    const day = new Date().toISOString().slice(0, 10);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="segnalazioni-${day}.csv"`).send(`\uFEFF${csv}`);
  });

  api.get('/api/reports/:id', async (request) => reportQueries.detail(staffOf(request), idOf(request)));

  api.get('/api/reports/:id/files/:fileId', async (request, reply) => {
    const { id, fileId } = parseOrThrow(fileParams, request.params);
    const file = await reportQueries.file(staffOf(request), id, fileId);
    return reply.type(file.mimeType).header('cache-control', 'private, max-age=3600').header('x-content-type-options', 'nosniff').send(file.data);
  });

  api.post('/api/reports/:id/status', async (request, reply) => {
    const change: StatusChange = parseOrThrow(statusChange, request.body);
    await workflow.change(staffOf(request), idOf(request), change);
    return reply.code(204).send();
  });

  api.post('/api/reports/:id/notes', async (request, reply) => {
    await workflow.addNote(staffOf(request), idOf(request), parseOrThrow(noteBody, request.body).text);
    return reply.code(201).send();
  });
}
