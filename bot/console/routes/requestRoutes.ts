import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SOURCE_LANGUAGE } from '../../i18n/languages';
import { CLOSE_OUTCOMES } from '../../services/desk/staffDesk';
import { STAFF_MESSAGE_LIMIT } from '../../services/desk/staffMessages';
import { NOTE_LIMIT, RequestNotes } from '../../services/desk/requestNotes';
import { fromLocal, nextDate } from '../../services/desk/zonedTime';
import { parseOrThrow } from '../../services/validation';
import { staffOf } from '../consoleAuth';
import type { ConsoleDeps } from '../consoleDeps';

const idParams = z.object({ id: z.coerce.number<string>().int().positive() });
const messageParams = idParams.extend({ messageId: z.coerce.number<string>().int().positive() });
const messageBody = z.union([
  z.object({ text: z.string().max(STAFF_MESSAGE_LIMIT, `at most ${STAFF_MESSAGE_LIMIT} characters`) }),
  z.object({ cannedReplyId: z.string().min(1).max(40) }),
]);
const transferBody = z.union([z.object({ staffId: z.string().min(1).max(40) }), z.object({ neighbourhoodId: z.string().min(1).max(40) })]);
const closeBody = z.object({ outcome: z.enum(CLOSE_OUTCOMES), note: z.string().max(1000).optional() });
const noteBody = z.object({ text: z.string().trim().min(1, 'write the note').max(NOTE_LIMIT, `at most ${NOTE_LIMIT} characters`) });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD');
const closedQuery = z.object({ q: z.string().max(200).optional(), label: z.string().max(40).optional(), from: day.optional(), to: day.optional() });

const idOf = (request: FastifyRequest) => parseOrThrow(idParams, request.params).id;

/** One request: read it, claim it, write to the tenant, transfer, label, hand back, close. */
export function registerRequestRoutes(api: FastifyInstance, deps: ConsoleDeps): void {
  const { queries, staffDesk, staffMessages, accounts, canned, db } = deps;
  const notes = new RequestNotes(db, staffDesk, deps.events);

  api.get('/api/requests', async (request) => {
    const { q, label, from, to } = parseOrThrow(closedQuery, request.query);
    return queries.closed(staffOf(request), { q, label, from: from ? fromLocal(from, 0) : undefined, to: to ? fromLocal(nextDate(to), 0) : undefined });
  });

  api.post('/api/requests/:id/notes', async (request, reply) => {
    const id = await notes.add(staffOf(request), idOf(request), parseOrThrow(noteBody, request.body).text);
    return reply.code(201).send({ id });
  });

  api.get('/api/requests/:id', async (request) => {
    const staff = staffOf(request);
    const view = await queries.request(staff, idOf(request));
    const language = view.request.language;
    const [managers, neighbourhoods, replies] = await Promise.all([
      accounts.managersOf(view.request.neighbourhoodId),
      db.neighbourhood.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } }),
      canned.list(),
    ]);
    return {
      ...view,
      managers,
      neighbourhoods,
      cannedReplies: replies.map((reply) => ({ id: reply.id, title: reply.title, text: reply.texts[language] ?? reply.texts[SOURCE_LANGUAGE] ?? '' })),
    };
  });

  api.post('/api/requests/:id/claim', async (request, reply) => {
    await staffDesk.claim(staffOf(request), idOf(request));
    return reply.code(204).send();
  });

  api.post('/api/requests/:id/messages', async (request, reply) => {
    const id = await staffMessages.send(staffOf(request), idOf(request), parseOrThrow(messageBody, request.body), 'console');
    return reply.code(201).send({ id });
  });

  api.post('/api/requests/:id/messages/:messageId/retry', async (request, reply) => {
    const { id, messageId } = parseOrThrow(messageParams, request.params);
    await staffMessages.retry(staffOf(request), id, messageId);
    return reply.code(204).send();
  });

  api.post('/api/requests/:id/transfer', async (request, reply) => {
    const body = parseOrThrow(transferBody, request.body);
    if ('staffId' in body) await staffDesk.transferToStaff(staffOf(request), idOf(request), body.staffId);
    else await staffDesk.transferToNeighbourhood(staffOf(request), idOf(request), body.neighbourhoodId);
    return reply.code(204).send();
  });

  api.put('/api/requests/:id/labels', async (request, reply) => {
    const { labels } = parseOrThrow(z.object({ labels: z.array(z.string().max(40)).max(20) }), request.body);
    await staffDesk.setLabels(staffOf(request), idOf(request), labels);
    return reply.code(204).send();
  });

  api.put('/api/requests/:id/urgent', async (request, reply) => {
    const { urgent } = parseOrThrow(z.object({ urgent: z.boolean() }), request.body);
    await staffDesk.setUrgent(staffOf(request), idOf(request), urgent);
    return reply.code(204).send();
  });

  api.put('/api/requests/:id/over65', async (request, reply) => {
    const { over65 } = parseOrThrow(z.object({ over65: z.boolean().nullable() }), request.body);
    await staffDesk.setOver65(staffOf(request), idOf(request), over65);
    return reply.code(204).send();
  });

  api.post('/api/requests/:id/hand-back', async (request, reply) => {
    await staffDesk.handBack(staffOf(request), idOf(request));
    return reply.code(204).send();
  });

  api.post('/api/requests/:id/close', async (request, reply) => {
    const { outcome, note } = parseOrThrow(closeBody, request.body);
    await staffDesk.close(staffOf(request), idOf(request), outcome, note);
    return reply.code(204).send();
  });

  api.get('/api/requests/:id/files/:messageId', async (request, reply) => {
    const { id, messageId } = parseOrThrow(messageParams, request.params);
    const file = await queries.fileOf(staffOf(request), id, messageId);
    const fetched = await deps.fetchFile(file.fileUrl);
    return reply.type(fetched.contentType || file.mimeType).header('cache-control', 'private, max-age=3600').send(fetched.body);
  });
}
