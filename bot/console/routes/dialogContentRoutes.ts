import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { textKey, treeSchema } from '../../../dialogs/schema';
import { diffBundles } from '../../content/bundleDiff';
import { writeBundleFiles } from '../../content/bundleFiles';
import { checkBundle } from '../../content/contentCheck';
import { addLanguage, editTexts, mergeImported, putTree } from '../../content/draftEdits';
import { languageNameIn, languagesOf, offeredLanguages } from '../../content/offeredLanguages';
import { missingKeysIn } from '../../content/translationRules';
import { translationTable } from '../../content/translationTable';
import { isBuiltInLanguage, isRightToLeft, LANGUAGE_CODE } from '../../i18n/languages';
import { issuePreviewToken } from '../../http/previewToken';
import { ConflictError, ValidationError } from '../../services/errors';
import { can, requirePermission } from '../../services/staff/permissions';
import { parseOrThrow } from '../../services/validation';
import { staffOf } from '../consoleAuth';
import type { ConsoleDeps } from '../consoleDeps';

const revision = z.number().int().min(0);
const textsBody = z.object({
  revision,
  changes: z
    .array(z.object({ language: z.string().regex(LANGUAGE_CODE), key: textKey.max(200), text: z.string().max(10_000).nullable() }))
    .min(1)
    .max(500),
});
const treeParams = z.object({ id: z.string().regex(/^[a-z][a-zA-Z0-9-]*$/).max(40) });
const versionParams = z.object({ number: z.coerce.number<string>().int().min(1) });
const compareQuery = z.object({ with: z.union([z.literal('draft'), z.coerce.number<string>().int().min(1)]) });

/** The coordinators' content editor: the draft, its check, publishing, versions, and the files in git. */
export function registerDialogContentRoutes(api: FastifyInstance, deps: ConsoleDeps): void {
  const { content } = deps;
  const editor = (request: FastifyRequest) => {
    const staff = staffOf(request);
    requirePermission(can.editContent(staff), 'edit the dialog content');
    return staff;
  };

  api.get('/api/content/draft', async (request) => {
    editor(request);
    const draft = await content.store.draft();
    const offered = new Set(offeredLanguages(draft.bundle));
    return {
      revision: draft.revision,
      updatedBy: draft.updatedBy,
      updatedAt: draft.updatedAt,
      live: content.live.version,
      trees: draft.bundle.trees,
      languages: languagesOf(draft.bundle).map((code) => ({
        code,
        name: languageNameIn(draft.bundle, code),
        dir: isRightToLeft(code) ? 'rtl' : 'ltr',
        builtIn: isBuiltInLanguage(code),
        offered: offered.has(code),
        missing: missingKeysIn(draft.bundle.resources, code).length,
      })),
    };
  });

  api.get('/api/content/translations', async (request) => {
    editor(request);
    const draft = await content.store.draft();
    return { revision: draft.revision, ...translationTable(draft.bundle) };
  });

  api.put('/api/content/draft/texts', async (request) => {
    const staff = editor(request);
    const body = parseOrThrow(textsBody, request.body);
    return {
      revision: await content.store.editDraft(body.revision, staff.name, (bundle) => editTexts(bundle, body.changes)),
    };
  });

  api.put('/api/content/draft/trees/:id', async (request) => {
    const staff = editor(request);
    const { id } = parseOrThrow(treeParams, request.params);
    const body = parseOrThrow(z.object({ revision, tree: treeSchema }), request.body);
    if (body.tree.id !== id) throw new ValidationError(`the tree is "${body.tree.id}", not "${id}"`);
    return {
      revision: await content.store.editDraft(body.revision, staff.name, (bundle) => {
        const existing = bundle.trees.find((tree) => tree.id === id);
        if (!existing) throw new ValidationError(`there is no tree "${id}"`);
        // Whether a tree is kept out of the transcript (and erased) is the developers' promise, not content.
        return putTree(bundle, { ...body.tree, discreet: existing.discreet, private: existing.private });
      }),
    };
  });

  api.post('/api/content/draft/languages', async (request) => {
    const staff = editor(request);
    const body = parseOrThrow(z.object({ revision, code: z.string().trim().toLowerCase().regex(LANGUAGE_CODE, 'must be a language code such as "pt" or "pt-br"') }), request.body);
    return {
      revision: await content.store.editDraft(body.revision, staff.name, (bundle) => {
        if (bundle.resources[body.code]) throw new ConflictError(`the language "${body.code}" is already there`);
        return addLanguage(bundle, body.code);
      }),
    };
  });

  api.post('/api/content/draft/check', async (request) => {
    editor(request);
    const { bundle } = await content.store.draft();
    // Outdated translations do not stop a publish (the old words still make sense), but the coordinator is told.
    const outdated = translationTable(bundle).rows.flatMap((row) =>
      Object.entries(row.texts).flatMap(([language, text]) => (text.state === 'outdated' ? [{ language, key: row.key }] : [])),
    );
    return { problems: checkBundle(bundle), outdated };
  });

  api.post('/api/content/draft/discard', async (request, reply) => {
    const staff = editor(request);
    await content.store.discardDraft(parseOrThrow(z.object({ revision }), request.body).revision, staff.name);
    return reply.code(204).send();
  });

  api.post('/api/content/draft/import', async (request) => {
    const staff = editor(request);
    const body = parseOrThrow(z.object({ revision }), request.body);
    return { revision: await content.store.editDraft(body.revision, staff.name, (bundle) => mergeImported(bundle, content.store.files())) };
  });

  api.post('/api/content/publish', async (request, reply) => {
    const staff = editor(request);
    const body = parseOrThrow(z.object({ revision, note: z.string().trim().min(1, 'say what changed').max(500) }), request.body);
    const version = await content.store.publish(body.revision, body.note, staff.name);
    await content.watcher.tick();
    return reply.code(201).send({ version });
  });

  api.get('/api/content/versions', async (request) => {
    editor(request);
    return { live: content.live.version, versions: await content.store.versions() };
  });

  api.get('/api/content/versions/:number/compare', async (request) => {
    editor(request);
    const { number } = parseOrThrow(versionParams, request.params);
    const other = parseOrThrow(compareQuery, request.query).with;
    const before = await content.store.version(number);
    const after = other === 'draft' ? (await content.store.draft()).bundle : await content.store.version(other);
    return diffBundles(before, after);
  });

  api.post('/api/content/versions/:number/restore', async (request, reply) => {
    const staff = editor(request);
    const { number } = parseOrThrow(versionParams, request.params);
    const body = parseOrThrow(z.object({ revision, note: z.string().trim().max(500).default('') }), request.body);
    const version = await content.store.restore(body.revision, number, body.note || `restored version ${number}`, staff.name);
    await content.watcher.tick();
    return reply.code(201).send({ version });
  });

  api.post('/api/content/export', async (request) => {
    editor(request);
    const { bundle } = await content.store.running();
    return { files: writeBundleFiles(bundle, content.dirs).map((file) => file.replace(`${content.dirs.root}/`, '')) };
  });

  api.post('/api/content/preview-token', async (request) => {
    editor(request);
    return { token: issuePreviewToken(deps.sessionSecret) };
  });
}
