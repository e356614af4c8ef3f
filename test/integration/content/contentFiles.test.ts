import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBotUnderTest, type BotUnderTest } from '../../support/botUnderTest';
import { ADMIN_ENV, type ConsoleClient } from '../../support/consoleClient';
import { coordinator, draftOf, publishTexts } from '../../support/contentFlow';

const REPO = path.resolve(__dirname, '..', '..', '..');

describe('the content files in git and the console meet', () => {
  let bot: BotUnderTest;
  let editor: ConsoleClient;
  let root: string;

  beforeAll(async () => {
    // A copy of the repository's content: exporting must not write into the checkout running the tests.
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'casa-content-'));
    fs.cpSync(path.join(REPO, 'dialogs', 'trees'), path.join(root, 'dialogs', 'trees'), { recursive: true });
    fs.cpSync(path.join(REPO, 'locales'), path.join(root, 'locales'), { recursive: true });
    bot = await startBotUnderTest({ env: { ...ADMIN_ENV, CONTENT_FILES_DIR: root } });
    editor = await coordinator(`http://127.0.0.1:${bot.app.port}`);
  });
  afterAll(async () => {
    await bot.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

  it('exports the published version to the files, changing only what changed', async () => {
    await publishTexts(editor, [{ language: 'it', key: 'menu:help', text: 'Aiuto esportato.' }], 'per i file');
    const { files } = await editor.expect<{ files: string[] }>(200, 'POST', '/content/export');
    expect(files).toEqual(['locales/it/menu.json']);
    expect(JSON.parse(read('locales/it/menu.json')).help).toBe('Aiuto esportato.');
    expect(read('locales/it/menu.json')).toBe(`${JSON.stringify(JSON.parse(read('locales/it/menu.json')), null, 2)}\n`);
    expect((await editor.expect<{ files: string[] }>(200, 'POST', '/content/export')).files).toEqual([]);
  });

  it('imports texts and trees changed in the files into the draft; translations of a changed Italian text become outdated', async () => {
    const menu = JSON.parse(read('locales/it/menu.json')) as Record<string, unknown>;
    menu.privacy = 'Privacy, testo cambiato in git.';
    fs.writeFileSync(path.join(root, 'locales/it/menu.json'), `${JSON.stringify(menu, null, 2)}\n`);
    const tree = JSON.parse(read('dialogs/trees/maintenance.json')) as { nodes: Record<string, { columns?: number }> };
    tree.nodes.category!.columns = 1;
    fs.writeFileSync(path.join(root, 'dialogs/trees/maintenance.json'), JSON.stringify(tree));

    const { revision } = await draftOf(editor);
    await editor.expect(200, 'POST', '/content/draft/import', { revision });
    const draft = await draftOf(editor);
    expect(draft.trees.find((candidate) => candidate.id === 'maintenance')!.nodes.category!.columns).toBe(1);
    const table = await editor.expect<{ rows: { key: string; texts: Record<string, { text: string | null; state: string }> }[] }>(200, 'GET', '/content/translations');
    const privacy = table.rows.find((row) => row.key === 'menu:privacy')!;
    expect(privacy.texts.it).toEqual({ text: 'Privacy, testo cambiato in git.', state: 'ok' });
    expect(privacy.texts.fr!.state).toBe('outdated');
    const untouched = table.rows.find((row) => row.key === 'menu:prompt')!;
    expect(untouched.texts.fr!.state).toBe('ok');
  });
});
