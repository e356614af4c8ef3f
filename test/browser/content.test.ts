import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TFunction } from 'i18next';
import type { Page } from 'playwright-core';
import { createI18n } from '../../bot/i18n/i18n';
import type { BotUnderTest } from '../support/botUnderTest';
import { press } from '../support/botUnderTest';
import { ConsoleClient } from '../support/consoleClient';
import type { FakeUser } from '../support/fakeTelegram';
import { startConsoleUnderTest, type ConsoleUnderTest } from './consoleSupport/consoleUnderTest';
import { has, waitForBotMessage, withButton } from './consoleSupport/tenant';

jest.setTimeout(90_000);

const ADMIN = { email: 'admin@casa.test', password: 'admin-password-0123' };
const CARLA = { email: 'carla@casa.test', name: 'Carla Verdi', password: 'carla-password-0123' }; // coordinator
const SARA = { email: 'sara@casa.test', name: 'Sara Neri', password: 'sara-password-0123' }; // community manager
const NEW_ARABIC = 'قبل أي شيء: هل هناك خطر الآن في البيت؟';
const NEW_ITALIAN = 'Prima di tutto: c’è un pericolo adesso in casa?';
const REPO = path.resolve(__dirname, '..', '..');
const TRANSLATIONS = ['en', 'ar', 'es', 'fr', 'zh', 'ro', 'uk', 'tl', 'bn'];

type Cell = { text: string | null; state: string };
type DraftTrees = { trees: { id: string; nodes: Record<string, Record<string, unknown> & { outcomes?: Record<string, string> }> }[] };
interface TranslationRow {
  key: string;
  texts: Record<'it' | 'en' | 'ar', Cell> & Record<string, Cell>;
}

describe('the dialog content in the staff console', () => {
  let suite: ConsoleUnderTest;
  let bot: BotUnderTest;
  let base: string;
  let page: Page;
  let tIt: TFunction;
  let ar: TFunction;
  /** A copy of the repository's dialogs/ and locales/: exporting must not write into the checkout running the tests. */
  let filesRoot: string;

  const byTestId = (id: string, target: Page = page) => target.locator(`[data-testid="${id}"]`);
  const shot = (name: string, target: Page = page) => target.screenshot({ path: `test-results/content-${name}.png`, fullPage: true });
  const navIds = (target: Page) => target.locator('nav [data-testid^="nav-"]').evaluateAll((links) => links.map((link) => link.getAttribute('data-testid')));
  const flashed = (text: string) => byTestId('flash').filter({ hasText: text }).waitFor();
  const translation = async (key: string) => {
    const { rows } = await suite.admin.expect<{ rows: TranslationRow[] }>(200, 'GET', '/content/translations');
    return rows.find((row) => row.key === key)!;
  };
  const maintenanceTree = async () => (await suite.admin.expect<DraftTrees>(200, 'GET', '/content/draft')).trees.find((tree) => tree.id === 'maintenance')!;
  const versionCount = async () => (await suite.admin.expect<{ versions: unknown[] }>(200, 'GET', '/content/versions')).versions.length;

  /** A tenant on the fake Telegram: main menu → "Report a fault" → "New report" → the first question (the danger). */
  async function askedAboutDanger(user: FakeUser, expected: string, t: TFunction = ar) {
    user.start();
    const menu = await waitForBotMessage(user, withButton(t('menu:entry.maintenance')));
    press(user, menu, t('menu:entry.maintenance'));
    const start = await waitForBotMessage(user, withButton(t('maintenance:button.newReport')));
    press(user, start, t('maintenance:button.newReport'));
    return waitForBotMessage(user, (message) => has(message, expected));
  }

  beforeAll(async () => {
    filesRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'casa-console-content-'));
    for (const dir of [path.join('dialogs', 'trees'), 'locales']) fs.cpSync(path.join(REPO, dir), path.join(filesRoot, dir), { recursive: true });
    suite = await startConsoleUnderTest(ADMIN, { CONTENT_FILES_DIR: filesRoot });
    ({ bot, base } = suite);
    const i18n = await createI18n();
    tIt = i18n.getFixedT('it');
    ar = i18n.getFixedT('ar');
    await suite.admin.expect(201, 'POST', '/accounts', { ...CARLA, role: 'coordinator', neighbourhoodIds: [] });
    await suite.admin.expect(201, 'POST', '/accounts', { ...SARA, role: 'community_manager', neighbourhoodIds: ['san-siro'] });
    // A first version, as the files are: the one to go back to.
    const { revision } = await suite.admin.expect<{ revision: number }>(200, 'GET', '/content/draft');
    await suite.admin.expect(201, 'POST', '/content/publish', { revision, note: 'Versione di partenza' });
    ({ page } = await suite.loggedInPage(CARLA));
  });

  afterAll(async () => {
    await suite?.stop();
    fs.rmSync(filesRoot, { recursive: true, force: true });
  });

  it('lets a coordinator rewrite a maintenance question in Italian and Arabic, try it in the sandbox, publish it to the bot, and go back to the version before', async () => {
    expect(await navIds(page)).toEqual(['nav-queue', 'nav-reports', 'nav-buildings', 'nav-figures', 'nav-canned', 'nav-settings', 'nav-health', 'nav-content', 'nav-privacy']);
    await byTestId('nav-content').click();
    await page.waitForURL(/#\/content$/);
    await byTestId('content-status').filter({ hasText: 'Il bot usa la versione 1.' }).waitFor();
    await byTestId('tree-item-maintenance').click();
    await page.waitForURL(/#\/content\/trees\/maintenance$/);
    const safety = byTestId('outline-node-safety');
    expect(await safety.textContent()).toContain(tIt('maintenance:safety.ask'));
    expect(await safety.textContent()).toContain(`«${tIt('maintenance:safety.none')}» → passo «category»`);
    await byTestId('outline-open-safety').click();
    await page.waitForURL(/#\/content\/trees\/maintenance\/safety$/);

    const arabic = byTestId('node-text-ar');
    expect(await arabic.inputValue()).toBe(ar('maintenance:safety.ask'));
    expect(await arabic.getAttribute('lang')).toBe('ar');
    expect(await arabic.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    expect(await byTestId('node-text-it').inputValue()).toBe(tIt('maintenance:safety.ask'));
    expect(await byTestId('button-label-gas-ar').getAttribute('dir')).toBe('rtl');
    expect(await byTestId('button-label-none-it').inputValue()).toBe(tIt('maintenance:safety.none'));
    expect(await byTestId('button-next-none').inputValue()).toBe('category');
    await byTestId('node-text-it').fill(NEW_ITALIAN);
    await arabic.fill(NEW_ARABIC);
    await byTestId('node-save').click();
    await flashed('Passo salvato nella bozza.');
    // Saved together with the new Italian, the Arabic is up to date; the other languages now need a look.
    expect((await translation('maintenance:safety.ask')).texts.ar).toEqual({ text: NEW_ARABIC, state: 'ok' });
    expect((await translation('maintenance:safety.ask')).texts.it).toEqual({ text: NEW_ITALIAN, state: 'ok' });
    expect((await translation('maintenance:safety.ask')).texts.fr!.state).toBe('outdated');
    expect(await byTestId('node-text-ar').inputValue()).toBe(NEW_ARABIC); // the same step, open again after the save
    await shot('node-editor');

    // The sandbox in Arabic runs the draft.
    await byTestId('content-tab-publish').click();
    await byTestId('preview-language').selectOption('ar');
    const [sandbox] = await Promise.all([page.context().waitForEvent('page'), byTestId('preview-open').click()]);
    await sandbox.getByRole('button', { name: ar('menu:entry.maintenance') }).last().click();
    await sandbox.getByRole('button', { name: ar('maintenance:button.newReport') }).last().click();
    await sandbox.locator('.msg.bot', { hasText: NEW_ARABIC }).waitFor();
    expect(await sandbox.getAttribute('html', 'dir')).toBe('rtl');
    expect(await sandbox.locator('#preview').isVisible()).toBe(true);
    await sandbox.screenshot({ path: 'test-results/content-sandbox-preview.png' });
    await sandbox.close();

    // Published, the bot on Telegram asks the new question.
    await byTestId('publish-note').fill('Domanda sul pericolo riscritta in arabo');
    await byTestId('publish').click();
    await flashed('Pubblicata la versione 2');
    expect(await byTestId('content-status').textContent()).toContain('Il bot usa la versione 2.');
    const amal = bot.fake.user({ id: 9601, firstName: 'Amal', languageCode: 'ar' });
    expect((await askedAboutDanger(amal, NEW_ARABIC)).text).toContain(NEW_ARABIC);
    const gino = bot.fake.user({ id: 9602, firstName: 'Gino', languageCode: 'it' });
    expect((await askedAboutDanger(gino, NEW_ITALIAN, tIt)).text).toContain(NEW_ITALIAN);

    // Back to version 1: the bot asks the old question again.
    await byTestId('content-tab-versions').click();
    const latest = byTestId('version-2');
    await latest.locator('[data-testid="version-live"]').waitFor();
    expect(await latest.textContent()).toContain('Domanda sul pericolo riscritta in arabo');
    expect(await latest.textContent()).toContain('Carla Verdi');
    await byTestId('version-compare-1').click();
    await byTestId('compare-text-ar-maintenance:safety.ask').waitFor();
    expect(await byTestId('compare-texts').locator('tbody tr').count()).toBe(2);
    expect(await byTestId('compare-text-ar-maintenance:safety.ask').locator('td[dir="rtl"]').last().textContent()).toBe(NEW_ARABIC);
    await shot('versions');
    await byTestId('version-restore-1').click();
    expect(await byTestId('version-restore-1').textContent()).toBe('Conferma: ripristina la versione 1');
    await byTestId('version-restore-1').click();
    await flashed('Versione 1 ripristinata come versione 3');
    await byTestId('version-3').locator('[data-testid="version-live"]').waitFor();
    expect(await byTestId('version-3').textContent()).toContain('ripristino della versione 1');
    expect((await translation('maintenance:safety.ask')).texts.ar.text).toBe(ar('maintenance:safety.ask'));
    expect((await askedAboutDanger(amal, ar('maintenance:safety.ask'))).text).not.toContain(NEW_ARABIC);
    expect((await askedAboutDanger(gino, tIt('maintenance:safety.ask'), tIt)).text).not.toContain(NEW_ITALIAN);
  });

  it('refuses to publish a broken draft, naming the step and the language, and the links lead to where to fix it', async () => {
    const versionsBefore = await versionCount();
    // A step others lead to, removed: the warning names them.
    await page.goto(`${base}/console/#/content/trees/maintenance/ceiling`);
    await byTestId('node-editor-ceiling').waitFor();
    expect(await byTestId('node-remove-warning').textContent()).toContain('ci arrivano «questions»');
    await byTestId('node-remove').click();
    await byTestId('node-remove').click();
    await flashed('Passo «ceiling» eliminato dalla bozza.');
    await byTestId('outline-broken-questions').waitFor();
    expect(await byTestId('outline-node-ceiling').count()).toBe(0);

    // An Arabic text without the placeholder its Italian has.
    const filesQuestion = (await translation('maintenance:files.ask')).texts.ar.text!;
    expect(filesQuestion).toContain('{{max}}');
    await page.goto(`${base}/console/#/content/translations?language=ar&search=maintenance%3Afiles.ask`);
    const cell = byTestId('tr-cell-ar-maintenance:files.ask');
    await cell.waitFor();
    expect(await byTestId('tr-table').locator('tbody tr').count()).toBe(1);
    await cell.locator('[data-testid="tr-open"]').click();
    expect(await cell.locator('textarea').getAttribute('dir')).toBe('rtl');
    await cell.locator('textarea').fill('أرسل صور العطل.');
    await cell.locator('[data-testid="tr-save"]').click();
    await flashed('Traduzione salvata.');

    await byTestId('content-tab-publish').click();
    await byTestId('publish-note').fill('Prova');
    await byTestId('publish').click();
    const problems = byTestId('content-problems');
    await problems.waitFor();
    const nodeProblem = problems.locator('[data-testid="content-problem"][data-node="questions"]');
    expect(await nodeProblem.textContent()).toContain('il passo «questions» porta a un passo che non esiste: «ceiling»');
    const textProblem = problems.locator('[data-testid="content-problem"][data-language="ar"][data-key="maintenance:files.ask"]');
    expect(await textProblem.textContent()).toContain('segnaposto');
    expect(await textProblem.textContent()).toContain('Arabo (ar)');
    expect(await problems.locator('[data-testid="content-problem"]').count()).toBe(2);
    expect(await versionCount()).toBe(versionsBefore);
    await shot('problems');

    // The step's link: its editor, where the outcome that led to the removed step is picked again.
    await nodeProblem.locator('[data-testid="problem-node-link"]').click();
    await page.waitForURL(/#\/content\/trees\/maintenance\/questions$/);
    await byTestId('node-editor-questions').waitFor();
    expect(await byTestId('node-outcome-water').inputValue()).toBe('ceiling');
    await byTestId('node-outcome-water').selectOption('files');
    await byTestId('node-save').click();
    await flashed('Passo salvato nella bozza.');
    expect(await byTestId('outline-broken-questions').count()).toBe(0);

    // The text's link: the table on that text in Arabic.
    await byTestId('content-tab-publish').click();
    await byTestId('content-check').click();
    await problems.locator('[data-testid="content-problem"]').first().waitFor();
    expect(await problems.locator('[data-testid="content-problem"]').count()).toBe(1);
    await problems.locator('[data-testid="problem-text-link"]').click();
    await page.waitForURL(/#\/content\/translations\?language=ar&search=maintenance%3Afiles.ask$/);
    expect(await byTestId('tr-language').inputValue()).toBe('ar');
    await cell.locator('[data-testid="tr-open"]').click();
    await cell.locator('textarea').fill(filesQuestion);
    await cell.locator('[data-testid="tr-save"]').click();
    await flashed('Traduzione salvata.');
    await byTestId('content-tab-publish').click();
    await byTestId('content-check').click();
    await byTestId('content-check-ok').waitFor();

    // Thrown away: the draft is what the bot runs again.
    await byTestId('draft-discard').click();
    await byTestId('draft-discard').click();
    await flashed('Bozza scartata');
    const maintenance = await maintenanceTree();
    expect(maintenance.nodes.ceiling).toBeDefined();
    expect(maintenance.nodes.questions!.outcomes!.water).toBe('ceiling');
    expect(await versionCount()).toBe(versionsBefore);
  });

  it('adds a question with buttons after a step, writes it in Arabic, orders its buttons; the check asks for the other languages', async () => {
    await page.goto(`${base}/console/#/content/trees/maintenance`);
    await byTestId('add-node').locator('summary').click();
    await byTestId('add-node-kind').selectOption('choice');
    await byTestId('add-node-id').fill('description');
    await byTestId('add-node-text').fill('È urgente?');
    await byTestId('add-node-save').click();
    const addError = byTestId('add-node-error');
    await addError.filter({ hasText: 'c’è già un passo «description»' }).waitFor();
    expect(await addError.textContent()).toContain('scrivi il testo del primo pulsante');
    await byTestId('add-node-id').fill('urgent');
    await byTestId('add-node-button').fill('Sì, subito');
    await byTestId('add-node-after').selectOption('description');
    await byTestId('add-node-save').click();
    await flashed('Passo «urgent» aggiunto alla bozza');
    await page.waitForURL(/#\/content\/trees\/maintenance\/urgent$/);
    expect(await byTestId('outline-node-description').textContent()).toContain('poi → passo «urgent»');
    expect(await byTestId('node-text-it').inputValue()).toBe('È urgente?');
    expect(await byTestId('node-text-state-ar').textContent()).toBe('Manca');
    expect(await byTestId('button-next-b1').inputValue()).toBe('questions');

    await byTestId('node-text-ar').fill('هل الأمر عاجل؟');
    await byTestId('button-add').click();
    await byTestId('button-label-b2-it').fill('No, può aspettare');
    await byTestId('button-next-b2').selectOption('questions');
    await byTestId('button-up-b2').click();
    await byTestId('button-add').click();
    await byTestId('button-label-b3-it').fill('Non so');
    await byTestId('button-remove-b3').click();
    await byTestId('node-save').click();
    await flashed('Passo salvato nella bozza.');
    await shot('new-step');

    const maintenance = await maintenanceTree();
    expect(maintenance.nodes.description!.next).toBe('urgent');
    expect(maintenance.nodes.urgent).toEqual({
      type: 'choice',
      text: 'maintenance:custom.urgent.text',
      choices: [
        { id: 'b2', label: 'maintenance:custom.urgent.b2', next: 'questions' },
        { id: 'b1', label: 'maintenance:custom.urgent.b1', next: 'questions' },
      ],
    });
    expect((await translation('maintenance:custom.urgent.text')).texts).toMatchObject({ it: { text: 'È urgente?' }, ar: { text: 'هل الأمر عاجل؟', state: 'ok' }, en: { state: 'missing' } });
    expect((await translation('maintenance:custom.urgent.b2')).texts.it.text).toBe('No, può aspettare');
    expect(await byTestId('outline-node-urgent').locator('.outline-links li').allTextContents())
      .toEqual(['«No, può aspettare» → passo «questions»', '«Sì, subito» → passo «questions»']);

    await byTestId('content-tab-publish').click();
    await byTestId('content-check').click();
    const missing = byTestId('content-problems').locator('[data-testid="content-problem"][data-language="en"][data-key="maintenance:custom.urgent.text"]');
    await missing.waitFor();
    expect(await missing.textContent()).toContain('manca la traduzione di «custom.urgent.text»');
    expect(await byTestId('content-problems').locator('[data-testid="content-problem"][data-language="ar"]').count()).toBe(2); // the two buttons
    await byTestId('draft-discard').click();
    await byTestId('draft-discard').click();
    await flashed('Bozza scartata');
    expect((await maintenanceTree()).nodes.urgent).toBeUndefined();
  });

  it('adapts the help for San Siro with a branch by neighbourhood: published, a San Siro tenant gets their own text, the others the usual one', async () => {
    const sanSiroHelp = (language: string) => `San Siro (${language}): sportello in Via Preneste 5, lunedì 9-12.`;
    await page.goto(`${base}/console/#/content/trees/main`);
    const add = async (kind: string, id: string, text?: string) => {
      if (!(await byTestId('add-node').getAttribute('open'))) await byTestId('add-node').locator('summary').click();
      await byTestId('add-node-kind').selectOption(kind);
      await byTestId('add-node-id').fill(id);
      if (text) await byTestId('add-node-text').fill(text);
      await byTestId('add-node-save').click();
      await byTestId(`node-editor-${id}`).waitFor();
    };
    await add('branch', 'helpWhere');
    expect(await byTestId('add-node-text').isVisible()).toBe(false);
    await byTestId('node-case-san-siro').waitFor();
    expect(await byTestId('node-case-san-siro').inputValue()).toBe('*');
    await add('message', 'helpSanSiro', sanSiroHelp('it'));
    for (const language of TRANSLATIONS) await byTestId(`node-text-${language}`).fill(sanSiroHelp(language));
    await byTestId('node-next').selectOption('menu');
    await byTestId('node-save').click();
    await flashed('Passo salvato nella bozza.');

    await byTestId('outline-open-helpWhere').click();
    await byTestId('node-case-san-siro').selectOption('helpSanSiro');
    await byTestId('node-next').selectOption('help');
    await byTestId('node-save').click();
    await flashed('Passo salvato nella bozza.');
    await byTestId('outline-open-menu').click();
    await byTestId('button-next-help').selectOption('helpWhere');
    await byTestId('node-save').click();
    await flashed('Passo salvato nella bozza.');
    expect(await byTestId('outline-node-helpWhere').locator('.outline-links li').allTextContents())
      .toEqual(['a San Siro → passo «helpSanSiro»', 'negli altri quartieri → passo «help»']);
    const { trees } = await suite.admin.expect<DraftTrees>(200, 'GET', '/content/draft');
    expect(trees.find((tree) => tree.id === 'main')!.nodes.helpWhere).toEqual({ type: 'branch', on: 'neighbourhood', cases: { 'san-siro': 'helpSanSiro' }, next: 'help' });
    await shot('branch');

    await byTestId('content-tab-publish').click();
    await byTestId('publish-note').fill('Aiuto per San Siro');
    await byTestId('publish').click();
    await flashed('Pubblicata la versione');
    const helpFor = async (id: number, neighbourhoodId: string | null) => {
      const user = bot.fake.user({ id, firstName: 'Nadia', languageCode: 'ar' });
      user.start();
      const menu = await waitForBotMessage(user, withButton(ar('menu:entry.help')));
      await bot.app.db.tenant.update({ where: { channel_channelUserId: { channel: 'telegram', channelUserId: String(id) } }, data: { neighbourhoodId } });
      press(user, menu, ar('menu:entry.help'));
      return waitForBotMessage(user, (message) => has(message, sanSiroHelp('ar')) || has(message, ar('menu:help').split('\n')[0]!));
    };
    expect((await helpFor(9611, 'san-siro')).text).toBe(sanSiroHelp('ar'));
    expect((await helpFor(9612, 'gratosoglio')).text).not.toContain('San Siro (ar)');
  });

  it('tells a coordinator that someone else changed the draft meanwhile, and shows her the draft as it is now', async () => {
    await page.goto(`${base}/console/#/content/trees/main/help`);
    await byTestId('node-editor-help').waitFor();
    const { revision } = await suite.admin.expect<{ revision: number }>(200, 'GET', '/content/draft');
    await suite.admin.expect(200, 'PUT', '/content/draft/texts', { revision, changes: [{ language: 'en', key: 'menu:help', text: 'Help, as the admin wrote it.' }] });
    await byTestId('node-text-fr').fill('Aide écrite en même temps.');
    await byTestId('node-save').click();
    await flashed('Nel frattempo Admin ha modificato la bozza: ora vedi quella aggiornata. Rifai la tua modifica.');
    expect(await byTestId('node-text-en').inputValue()).toBe('Help, as the admin wrote it.');
    expect(await byTestId('node-text-fr').inputValue()).not.toBe('Aide écrite en même temps.');
    expect((await translation('menu:help')).texts.fr!.text).not.toBe('Aide écrite en même temps.');
  });

  it('marks the translations of a changed Italian text outdated, and filters the table on missing and outdated texts', async () => {
    const key = 'menu:help';
    await page.goto(`${base}/console/#/content/translations`);
    await byTestId('tr-search').fill(key);
    const row = byTestId(`tr-row-${key}`);
    await row.waitFor();
    for (const code of ['en', 'ar', 'bn']) expect(await byTestId(`tr-cell-${code}-${key}`).getAttribute('data-state')).toBe('ok');
    const italian = byTestId(`tr-cell-it-${key}`);
    await italian.locator('[data-testid="tr-open"]').click();
    await italian.locator('textarea').fill(`${(await translation(key)).texts.it.text}\nScrivi «menu» per ricominciare.`);
    await italian.locator('[data-testid="tr-save"]').click();
    await flashed('le traduzioni di questo testo sono ora da aggiornare');
    for (const code of ['en', 'ar', 'bn']) {
      expect(await byTestId(`tr-cell-${code}-${key}`).getAttribute('data-state')).toBe('outdated');
      expect(await byTestId(`tr-cell-${code}-${key}`).textContent()).toContain('Da aggiornare');
    }

    // Only what is outdated in Arabic: that one text.
    await byTestId('tr-search').fill('');
    await byTestId('tr-language').selectOption('ar');
    await byTestId('tr-state').selectOption('outdated');
    await page.waitForURL(/#\/content\/translations\?language=ar&state=outdated$/);
    expect(await byTestId('tr-table').locator('tbody tr').count()).toBe(1);
    await row.waitFor();
    expect(await byTestId('tr-table').locator('thead th').allTextContents()).toEqual(['Chiave', 'Italiano (it)', 'Arabo (ar)']);
    await shot('translations');
    // Saved again as it is, the Arabic is up to date; English still is not.
    const arabic = byTestId(`tr-cell-ar-${key}`);
    await arabic.locator('[data-testid="tr-open"]').click();
    await arabic.locator('[data-testid="tr-save"]').click();
    await flashed('Traduzione salvata.');
    expect(await byTestId('tr-table').locator('tbody tr').count()).toBe(0);
    expect((await translation(key)).texts).toMatchObject({ ar: { state: 'ok' }, en: { state: 'outdated' } });
    await byTestId('tr-language').selectOption('');
    await row.waitFor();

    // The check names what is still outdated (English), not what was saved again (Arabic); it does not stop a publish.
    await byTestId('content-tab-publish').click();
    await byTestId('content-check').click();
    await byTestId('content-check-ok').waitFor();
    const outdated = await byTestId('content-check-outdated').locator('[data-testid="outdated-item"]').allTextContents();
    expect(outdated).toEqual(expect.arrayContaining([`en · ${key}`, `bn · ${key}`]));
    expect(outdated).not.toContain(`ar · ${key}`);
    await byTestId('content-tab-translations').click();
    await byTestId('languages-panel').waitFor();

    // A new language: offered once every text is translated; until then its missing texts are listed.
    await byTestId('languages-panel').locator('summary').click();
    await byTestId('language-code').fill('pt');
    await byTestId('language-add').click();
    await flashed('Lingua «pt» aggiunta alla bozza');
    await page.waitForURL(/#\/content\/translations\?language=pt&state=missing$/);
    await byTestId('languages-panel').locator('summary').click();
    const portuguese = byTestId('language-pt');
    expect(await portuguese.getAttribute('data-offered')).toBe('false');
    const missing = Number(await portuguese.getAttribute('data-missing'));
    expect(missing).toBeGreaterThan(100);
    expect(await portuguese.textContent()).toContain(`Non ancora offerta: mancano ${missing} testi`);
    expect(await byTestId('tr-summary').textContent()).toContain(`${missing} traduzioni mancanti`);
    expect(await byTestId('tr-more').isVisible()).toBe(true); // a hundred at a time
    await byTestId('tr-search').fill('menu:prompt');
    expect(await byTestId('tr-table').locator('thead th').allTextContents()).toEqual(['Chiave', 'Italiano (it)', 'Portoghese (pt)']);
    expect(await byTestId('tr-cell-pt-menu:prompt').getAttribute('data-state')).toBe('missing');
    expect(await byTestId('tr-cell-pt-menu:prompt').textContent()).toContain('manca: premi per tradurre');
  });

  it('brings in a text changed in the files, and writes a published change back to them', async () => {
    const menuFile = path.join(filesRoot, 'locales', 'it', 'menu.json');
    const menu = JSON.parse(fs.readFileSync(menuFile, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(menuFile, `${JSON.stringify({ ...menu, prompt: 'Di cosa hai bisogno oggi?' }, null, 2)}\n`);
    await page.goto(`${base}/console/#/content/publish`);
    await byTestId('draft-import').click();
    expect(await byTestId('draft-import').textContent()).toBe('Conferma: sostituisci la bozza con i file');
    await byTestId('draft-import').click();
    await flashed('File importati nella bozza');
    expect((await translation('menu:prompt')).texts).toMatchObject({ it: { text: 'Di cosa hai bisogno oggi?' }, ar: { state: 'outdated' } });
    expect((await translation('menu:help')).texts.en.state).toBe('ok'); // the table's edits of the draft gave way to the files

    await page.goto(`${base}/console/#/content/translations?language=ar&search=menu%3Aprompt`);
    const arabic = byTestId('tr-cell-ar-menu:prompt');
    await arabic.locator('[data-testid="tr-open"]').click();
    await arabic.locator('textarea').fill('ماذا تحتاج اليوم؟');
    await arabic.locator('[data-testid="tr-save"]').click();
    await flashed('Traduzione salvata.');
    await byTestId('content-tab-publish').click();
    await byTestId('publish-note').fill('Menu: nuova domanda');
    await byTestId('publish').click();
    await flashed('Pubblicata la versione');
    await byTestId('content-export').click();
    await byTestId('export-result').filter({ hasText: 'locales/ar/menu.json' }).waitFor();
    expect(await byTestId('export-result').locator('li').allTextContents()).toEqual(['locales/ar/menu.json']);
    expect(JSON.parse(fs.readFileSync(path.join(filesRoot, 'locales', 'ar', 'menu.json'), 'utf8')).prompt).toBe('ماذا تحتاج اليوم؟');
    await byTestId('content-export').click();
    await byTestId('export-result').filter({ hasText: 'I file erano già uguali alla versione pubblicata.' }).waitFor();
  });

  it('refuses a text key that names a group of texts or lies under a text (the group would be lost)', async () => {
    const { revision } = await suite.admin.expect<{ revision: number }>(200, 'GET', '/content/draft');
    for (const key of ['menu:entry', 'menu:help.more']) {
      const answer = await suite.admin.call<{ message: string }>('PUT', '/content/draft/texts', { revision, changes: [{ language: 'it', key, text: 'x' }] });
      expect([key, answer.status, answer.body.message]).toEqual([key, 400, `"${key}" is a group of texts or lies under a text`]);
    }
    expect((await translation('menu:entry.help')).texts.it.text).toBe(tIt('menu:entry.help'));
  });

  it('gives a community manager no content page and 403 from the content API', async () => {
    const sara = await suite.loggedInPage(SARA);
    try {
      expect(await navIds(sara.page)).toEqual(['nav-queue', 'nav-reports', 'nav-centre']);
      await sara.page.goto(`${base}/console/#/content/translations`);
      await sara.page.waitForURL(/#\/queue$/);
      const api = await ConsoleClient.login(base, SARA.email, SARA.password);
      for (const [method, path, body] of [
        ['GET', '/content/draft'],
        ['GET', '/content/translations'],
        ['PUT', '/content/draft/texts', { revision: 0, changes: [{ language: 'it', key: 'menu:help', text: 'x' }] }],
        ['POST', '/content/publish', { revision: 0, note: 'x' }],
        ['GET', '/content/versions'],
        ['POST', '/content/preview-token'],
      ] as const) {
        expect([path, (await api.call(method, path, body)).status]).toEqual([path, 403]);
      }
    } finally {
      await sara.context.close();
    }
  });

  it('had no script errors and no Content-Security-Policy violations', () => {
    expect(suite.problems).toEqual([]);
  });
});
