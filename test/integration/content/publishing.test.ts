import type { i18n as I18n } from 'i18next';
import { sandboxConversation } from '../../support/sandboxClient';
import type { RunningApp } from '../../../bot/app';
import { createI18n } from '../../../bot/i18n/i18n';
import { labels, press, startBotUnderTest, untilQuestion, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN_ENV, staffSession, type ConsoleClient } from '../../support/consoleClient';
import { coordinator, draftOf, publishTexts, startOtherProcess, untilLive } from '../../support/contentFlow';
import { until } from '../../support/until';
import type { FakeUser } from '../../support/fakeTelegram';

describe('coordinators publish dialog content to the running bot', () => {
  let bot: BotUnderTest;
  let other: RunningApp;
  let editor: ConsoleClient;
  let i18n: I18n;
  let nextUserId = 91_000;

  beforeAll(async () => {
    // PostgreSQL, as in production with several processes (the content files and browser tests run on SQLite).
    bot = await startBotUnderTest({ provider: 'postgresql', env: { ...ADMIN_ENV, CONTENT_POLL_SECONDS: '0.2' } });
    other = await startOtherProcess(bot.env);
    // The coordinator works on the other process: the Telegram process learns of the publish through the database.
    editor = await coordinator(`http://127.0.0.1:${other.port}`);
    i18n = await createI18n();
  }, 120_000);
  afterAll(async () => {
    await other.stop();
    await bot.stop();
  });

  /** The text the draft has for a key in a language. */
  async function translated(language: string, key: string): Promise<string> {
    const table = await editor.expect<{ rows: { key: string; texts: Record<string, { text: string | null }> }[] }>(200, 'GET', '/content/translations');
    return table.rows.find((row) => row.key === key)!.texts[language]!.text!;
  }

  /** A tenant at the maintenance flow's first question; returns it. */
  async function openMaintenance(user: FakeUser, language: string) {
    user.start();
    const menu = (await untilQuestion(user)).at(-1)!;
    press(user, menu, i18n.getFixedT(language)('menu:entry.maintenance'));
    return (await untilQuestion(user)).at(-1)!;
  }

  it('a change published in another process reaches Telegram tenants in Italian and Arabic, without a restart', async () => {
    const italian = bot.fake.user({ id: nextUserId++, firstName: 'Gina', languageCode: 'it' });
    const before = await openMaintenance(italian, 'it');
    expect(before.text).toBe(i18n.getFixedT('it')('maintenance:start'));

    const version = await publishTexts(
      editor,
      [
        { language: 'it', key: 'maintenance:start', text: '🛠️ Un guasto? Ti aiutiamo noi.\nCosa vuoi fare?' },
        { language: 'ar', key: 'maintenance:start', text: '🛠️ هل هناك عطل؟ سنساعدك.\nماذا تريد أن تفعل؟' },
      ],
      'Domanda iniziale più semplice',
    );
    await untilLive(bot.app, version);

    expect((await openMaintenance(italian, 'it')).text).toBe('🛠️ Un guasto? Ti aiutiamo noi.\nCosa vuoi fare?');
    const arabic = bot.fake.user({ id: nextUserId++, firstName: 'Amina', languageCode: 'ar' });
    expect((await openMaintenance(arabic, 'ar')).text).toBe('🛠️ هل هناك عطل؟ سنساعدك.\nماذا تريد أن تفعل؟');
  });

  it('a tenant in the middle of a flow goes on after a publish, even when their question was removed', async () => {
    const t = i18n.getFixedT('it');
    const user = bot.fake.user({ id: nextUserId++, firstName: 'Piero', languageCode: 'it' });
    const start = await openMaintenance(user, 'it');
    press(user, start, t('maintenance:button.newReport'));
    const safety = (await untilQuestion(user)).at(-1)!;
    expect(safety.text).toBe(t('maintenance:safety.ask'));

    // The next question gets new words while the tenant is reading this one.
    const version = await publishTexts(editor, [{ language: 'it', key: 'maintenance:askCategory', text: 'Che cosa si è rotto?' }], 'Domanda sul tipo di guasto');
    await untilLive(bot.app, version);
    press(user, safety, t('maintenance:safety.none'));
    const category = (await untilQuestion(user)).at(-1)!;
    expect(category.text).toBe('Che cosa si è rotto?');

    // Another tenant is at the safety question when a version removes it: the start now leads to the categories.
    const lia = bot.fake.user({ id: nextUserId++, firstName: 'Lia', languageCode: 'it' });
    press(lia, await openMaintenance(lia, 'it'), t('maintenance:button.newReport'));
    const liaSafety = (await untilQuestion(lia)).at(-1)!;
    expect(liaSafety.text).toBe(t('maintenance:safety.ask'));
    const draft = await draftOf(editor);
    const tree = structuredClone(draft.trees.find((candidate) => candidate.id === 'maintenance')!);
    (tree.nodes.start as { choices: { id: string; next: string }[] }).choices[0]!.next = 'category';
    (tree.nodes.entry as { outcomes: Record<string, string> }).outcomes.building = 'category';
    for (const id of ['safety', 'hazard', 'afterHazard']) delete tree.nodes[id];
    const saved = await editor.expect<{ revision: number }>(200, 'PUT', '/content/draft/trees/maintenance', { revision: draft.revision, tree });
    const removed = await editor.expect<{ version: number }>(201, 'POST', '/content/publish', { revision: saved.revision, note: 'Niente domanda sui pericoli' });
    await untilLive(bot.app, removed.version);

    // Lia answers the question that no longer exists: she stays in the maintenance flow, back at its start.
    press(lia, liaSafety, t('maintenance:safety.none'));
    const again = (await untilQuestion(lia)).at(-1)!;
    expect(labels(again)).toEqual(expect.arrayContaining([t('maintenance:button.newReport'), t('maintenance:button.myReports')]));
    press(lia, again, t('maintenance:button.newReport'));
    expect((await untilQuestion(lia)).at(-1)!.text).toBe('Che cosa si è rotto?');
    // Piero, at the categories, goes on as if nothing happened.
    press(user, category, t('maintenance:category.lift'));
    const next = (await untilQuestion(user)).at(-1)!;
    expect(next.text).not.toBe(t('common:staleButton'));
    expect(labels(next)).toContain(t('common:button.back'));

    // Restore the tree for the next tests.
    const versions = await editor.expect<{ versions: { number: number }[] }>(200, 'GET', '/content/versions');
    expect(versions.versions.map((row) => row.number).slice(0, 2)).toEqual([removed.version, version]);
    const restored = await editor.expect<{ version: number }>(201, 'POST', `/content/versions/${version}/restore`, { revision: (await draftOf(editor)).revision, note: 'Di nuovo con la domanda sui pericoli' });
    await untilLive(bot.app, restored.version);
  });

  it('refuses to publish a broken draft, naming the node and the language, and the bot keeps running the last version', async () => {
    const live = bot.app.contentVersion();
    const draft = await draftOf(editor);
    const tree = structuredClone(draft.trees.find((candidate) => candidate.id === 'maintenance')!);
    (tree.nodes.start as { choices: { next: string }[] }).choices[1]!.next = 'nowhere';
    let revision = (await editor.expect<{ revision: number }>(200, 'PUT', '/content/draft/trees/maintenance', { revision: draft.revision, tree })).revision;
    revision = (
      await editor.expect<{ revision: number }>(200, 'PUT', '/content/draft/texts', {
        revision,
        changes: [{ language: 'ar', key: 'maintenance:files.ask', text: 'أرسل صورة' }],
      })
    ).revision;

    const refused = await editor.call<{ problems: { tree?: string; node?: string; language?: string; key?: string; problem: string }[] }>('POST', '/content/publish', { revision, note: 'rotto' });
    expect(refused.status).toBe(422);
    expect(refused.body.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ tree: 'maintenance', node: 'start', problem: 'node "start" points to missing node "nowhere"' }),
        expect.objectContaining({ language: 'ar', key: 'maintenance:files.ask', problem: expect.stringContaining('placeholders') }),
      ]),
    );
    expect((await editor.expect<{ live: number }>(200, 'GET', '/content/versions')).live).toBe(live);
    expect(bot.app.contentVersion()).toBe(live);

    // A second editor working on an old revision is told, not silently overwritten.
    const stale = await editor.call('PUT', '/content/draft/texts', { revision: draft.revision, changes: [{ language: 'it', key: 'maintenance:start', text: 'x' }] });
    expect(stale.status).toBe(409);
    await editor.expect(204, 'POST', '/content/draft/discard', { revision: (await draftOf(editor)).revision });
    expect((await editor.expect<{ problems: unknown[] }>(200, 'POST', '/content/draft/check')).problems).toEqual([]);
  });

  it('restores an earlier version: compared first, then live again', async () => {
    const first = await publishTexts(editor, [{ language: 'it', key: 'menu:help', text: 'Aiuto: versione uno' }], 'uno');
    const second = await publishTexts(editor, [{ language: 'it', key: 'menu:help', text: 'Aiuto: versione due' }], 'due');
    await untilLive(bot.app, second);
    const diff = await editor.expect<{ texts: unknown[] }>(200, 'GET', `/content/versions/${first}/compare?with=${second}`);
    expect(diff.texts).toEqual([{ language: 'it', key: 'menu:help', before: 'Aiuto: versione uno', after: 'Aiuto: versione due' }]);

    // Restoring names the draft's revision: it replaces the draft, so it must not wipe an edit made meanwhile.
    const { revision } = await draftOf(editor);
    expect((await editor.call('POST', `/content/versions/${first}/restore`, { revision: revision - 1, note: 'x' })).status).toBe(409);
    const { version } = await editor.expect<{ version: number }>(201, 'POST', `/content/versions/${first}/restore`, { revision, note: 'torniamo alla uno' });
    await untilLive(bot.app, version);
    const versions = await editor.expect<{ versions: { number: number; restoredFrom: number | null; author: string; note: string }[] }>(200, 'GET', '/content/versions');
    expect(versions.versions[0]).toEqual(expect.objectContaining({ number: version, restoredFrom: first, note: 'torniamo alla uno' }));
    expect((await draftOf(editor)).revision).toBeGreaterThan(0);

    const user = bot.fake.user({ id: nextUserId++, firstName: 'Ugo', languageCode: 'it' });
    user.start();
    const menu = (await untilQuestion(user)).at(-1)!;
    press(user, menu, i18n.getFixedT('it')('menu:entry.help'));
    const replies = await untilQuestion(user);
    expect(replies.map((message) => message.text)).toContain('Aiuto: versione uno');
  });

  it('adapts a flow for one neighbourhood: San Siro tenants get their own help text', async () => {
    const draft = await draftOf(editor);
    const main = structuredClone(draft.trees.find((candidate) => candidate.id === 'main')!);
    const menu = main.nodes.menu as { choices: { id: string; next: string }[] };
    menu.choices.find((choice) => choice.id === 'help')!.next = 'helpWhere';
    main.nodes.helpWhere = { type: 'branch', on: 'neighbourhood', cases: { 'san-siro': 'helpSanSiro' }, next: 'help' };
    main.nodes.helpSanSiro = { type: 'message', text: 'menu:custom.helpSanSiro', next: 'menu' };
    let revision = (await editor.expect<{ revision: number }>(200, 'PUT', '/content/draft/trees/main', { revision: draft.revision, tree: main })).revision;
    const languages = ['it', 'en', 'ar', 'es', 'fr', 'zh', 'ro', 'uk', 'tl', 'bn'];
    revision = (
      await editor.expect<{ revision: number }>(200, 'PUT', '/content/draft/texts', {
        revision,
        changes: languages.map((language) => ({ language, key: 'menu:custom.helpSanSiro', text: `San Siro (${language}): Via Preneste 5, lunedì 9-12.` })),
      })
    ).revision;
    const { version } = await editor.expect<{ version: number }>(201, 'POST', '/content/publish', { revision, note: 'Aiuto per San Siro' });
    await untilLive(bot.app, version);

    const helpFor = async (neighbourhoodId: string | null) => {
      const id = nextUserId++;
      const user = bot.fake.user({ id, firstName: 'Nadia', languageCode: 'ar' });
      user.start();
      const menuQuestion = (await untilQuestion(user)).at(-1)!;
      await bot.app.db.tenant.update({ where: { channel_channelUserId: { channel: 'telegram', channelUserId: String(id) } }, data: { neighbourhoodId } });
      press(user, menuQuestion, i18n.getFixedT('ar')('menu:entry.help'));
      return (await untilQuestion(user)).map((message) => message.text);
    };
    expect(await helpFor('san-siro')).toContain('San Siro (ar): Via Preneste 5, lunedì 9-12.');
    expect(await helpFor('gratosoglio')).not.toContain('San Siro (ar): Via Preneste 5, lunedì 9-12.');
    expect(await helpFor(null)).toContain(await translated('ar', 'menu:help'));

    // A text made in the console goes once no step shows it; the developers' texts never do.
    const current = (await draftOf(editor)).revision;
    const stillUsed = await editor.call<{ message: string }>('PUT', '/content/draft/texts', { revision: current, changes: [{ language: 'it', key: 'menu:custom.helpSanSiro', text: null }] });
    expect(stillUsed.status).toBe(400);
    expect(stillUsed.body.message).toContain('node "helpSanSiro" of tree "main"');
    expect((await editor.call('PUT', '/content/draft/texts', { revision: current, changes: [{ language: 'it', key: 'menu:help', text: '' }] })).status).toBe(400);
  });

  it('a language added in the console is offered once every key is translated', async () => {
    const revision = (await draftOf(editor)).revision;
    const added = await editor.expect<{ revision: number }>(200, 'POST', '/content/draft/languages', { revision, code: 'pt' });
    const table = await editor.expect<{ rows: { key: string; texts: Record<string, { text: string | null; state: string }> }[] }>(200, 'GET', '/content/translations');
    const toTranslate = table.rows.filter((row) => row.texts.pt?.state === 'missing');
    expect(toTranslate.length).toBeGreaterThan(100);
    const pt = await draftOf(editor);
    expect(pt.languages.find((language) => language.code === 'pt')).toEqual(expect.objectContaining({ offered: false, missing: toTranslate.length }));

    // A translator works through the table (here: Italian texts marked as Portuguese).
    let current = added.revision;
    const changes = toTranslate.map((row) => ({ language: 'pt', key: row.key, text: `${row.texts.it?.text ?? row.texts.it!.text}` }));
    for (let index = 0; index < changes.length; index += 400) {
      current = (await editor.expect<{ revision: number }>(200, 'PUT', '/content/draft/texts', { revision: current, changes: changes.slice(index, index + 400) })).revision;
    }
    current = (await editor.expect<{ revision: number }>(200, 'PUT', '/content/draft/texts', { revision: current, changes: [{ language: 'pt', key: 'menu:prompt', text: 'Menu principal: o que você precisa?' }] })).revision;
    expect((await draftOf(editor)).languages.find((language) => language.code === 'pt')).toEqual(expect.objectContaining({ offered: true, missing: 0 }));
    const commandsSet = bot.fake.waitForCall('setMyCommands', (call) => call.params.language_code === 'pt', 10_000);
    const { version } = await editor.expect<{ version: number }>(201, 'POST', '/content/publish', { revision: current, note: 'Português' });
    await untilLive(bot.app, version);
    // Telegram gets the command list in the new language, without a restart.
    expect(JSON.stringify((await commandsSet).params.commands)).toContain('"command":"menu"');

    const user = bot.fake.user({ id: nextUserId++, firstName: 'João', languageCode: 'pt-BR' });
    user.start();
    expect((await untilQuestion(user)).at(-1)!.text).toBe('Menu principal: o que você precisa?');
  });

  it('an Italian change marks its translations outdated until they are saved again', async () => {
    const { revision } = await draftOf(editor);
    await editor.expect(200, 'PUT', '/content/draft/texts', { revision, changes: [{ language: 'it', key: 'menu:privacy', text: 'Privacy: testo nuovo.' }] });
    const table = await editor.expect<{ rows: { key: string; texts: Record<string, { state: string }> }[] }>(200, 'GET', '/content/translations');
    const row = table.rows.find((candidate) => candidate.key === 'menu:privacy')!;
    expect(row.texts.it!.state).toBe('ok');
    expect(row.texts.ar!.state).toBe('outdated');
    expect(row.texts.en!.state).toBe('outdated');
    // The check lists them (they do not stop a publish).
    const checked = await editor.expect<{ problems: unknown[]; outdated: { language: string; key: string }[] }>(200, 'POST', '/content/draft/check');
    expect(checked.problems).toEqual([]);
    expect(checked.outdated).toEqual(expect.arrayContaining([{ language: 'ar', key: 'menu:privacy' }, { language: 'en', key: 'menu:privacy' }]));
    expect(checked.outdated.filter((entry) => entry.key === 'menu:privacy').length).toBeGreaterThanOrEqual(9);
    const next = await draftOf(editor);
    await editor.expect(200, 'PUT', '/content/draft/texts', { revision: next.revision, changes: [{ language: 'ar', key: 'menu:privacy', text: 'الخصوصية: نص جديد.' }] });
    const after = await editor.expect<{ rows: { key: string; texts: Record<string, { state: string }> }[] }>(200, 'GET', '/content/translations');
    const updated = after.rows.find((candidate) => candidate.key === 'menu:privacy')!;
    expect(updated.texts.ar!.state).toBe('ok');
    expect(updated.texts.en!.state).toBe('outdated');
    await editor.expect(204, 'POST', '/content/draft/discard', { revision: (await draftOf(editor)).revision });
  });

  it('previews the draft in the sandbox only with a coordinator\'s token', async () => {
    const { revision } = await draftOf(editor);
    await editor.expect(200, 'PUT', '/content/draft/texts', { revision, changes: [{ language: 'ar', key: 'menu:prompt', text: 'مسودة: القائمة' }] });
    const { token } = await editor.expect<{ token: string }>(200, 'POST', '/content/preview-token');
    const sandbox = async (preview?: string) =>
      fetch(`http://127.0.0.1:${bot.app.port}/sandbox/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ conversationId: await sandboxConversation(`http://127.0.0.1:${bot.app.port}`), locale: 'ar', text: '/start', ...(preview ? { preview } : {}) }),
      });
    const texts = async (response: Response) => ((await response.json()) as { operations: { op: string; text?: string }[] }).operations.map((operation) => operation.text);
    expect(await texts(await sandbox(token))).toContain('مسودة: القائمة');
    expect(await texts(await sandbox())).toContain(i18n.getFixedT('ar')('menu:prompt'));
    expect((await sandbox(`${Date.now() + 3_600_000}.forged`)).status).toBe(403);
    await editor.expect(204, 'POST', '/content/draft/discard', { revision: (await draftOf(editor)).revision });
  });

  it('keeps the draft safe from keys that reach into objects, and keeps the discreet and private flags of the trees', async () => {
    const { revision } = await draftOf(editor);
    for (const key of ['menu:__proto__.polluted', 'constructor:x', 'menu:a.constructor.b', 'menu:a..b']) {
      const answer = await editor.call('PUT', '/content/draft/texts', { revision, changes: [{ language: 'en', key, text: 'x' }] });
      expect(answer.status).toBe(400);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const draft = await draftOf(editor);
    const wellbeing = structuredClone(draft.trees.find((tree) => tree.id === 'wellbeing')!) as Record<string, unknown>;
    delete wellbeing.discreet;
    await editor.expect(200, 'PUT', '/content/draft/trees/wellbeing', { revision: draft.revision, tree: wellbeing });
    expect((await draftOf(editor)).trees.find((tree) => tree.id === 'wellbeing')).toEqual(expect.objectContaining({ discreet: true }));
  });

  it('a version that does not fit the running code (published before a deploy) is not run, and the logs say why', async () => {
    const live = bot.app.contentVersion()!;
    const { bundle } = await bot.app.db.contentVersion.findUniqueOrThrow({ where: { number: live } });
    const broken = JSON.parse(bundle) as { trees: { id: string; nodes: Record<string, { type: string; action?: string }> }[] };
    broken.trees.find((tree) => tree.id === 'maintenance')!.nodes.entry!.action = 'maintenance.renamedByDevelopers';
    await bot.app.db.contentVersion.create({ data: { number: live + 1, bundle: JSON.stringify(broken), note: 'before the deploy', author: 'test' } });
    await until(() => bot.logs.some((line) => line.includes('published content does not fit this code')));
    expect(bot.app.contentVersion()).toBe(live);
    await bot.app.db.contentVersion.delete({ where: { number: live + 1 } });
  });

  it('is for coordinators and admins only', async () => {
    const manager = await staffSession(`http://127.0.0.1:${other.port}`, { email: 'cm.content@casa.test', name: 'CM', role: 'community_manager', neighbourhoodIds: ['san-siro'] });
    expect((await manager.call('GET', '/content/draft')).status).toBe(403);
    expect((await manager.call('POST', '/content/publish', { revision: 0, note: 'x' })).status).toBe(403);
  });
});
