import type { TFunction } from 'i18next';
import type { BotMessage, FakeBotApi, FakeUser } from './fakeTelegram';
import type { UploadedFile } from './fakeTelegram/types';
import { press, untilQuestion } from './botUnderTest';
import { answer, expectQuestion } from './reportFlow';

/** /privacy: the privacy menu. */
export async function openPrivacy(user: FakeUser, t: TFunction): Promise<BotMessage> {
  user.sendText('/privacy');
  return expectQuestion(user, t('menu:privacy'));
}

/** "Send me my data": the files the bot uploaded to this chat (JSON parts, then the PDF), and the messages before the menu again. */
export async function exportData(fake: FakeBotApi, user: FakeUser, t: TFunction): Promise<{ files: UploadedFile[]; messages: BotMessage[] }> {
  const before = fake.callsTo('sendDocument').length;
  press(user, await openPrivacy(user, t), t('privacy:button.export'));
  const messages = await untilQuestion(user);
  const files = fake
    .callsTo('sendDocument')
    .slice(before)
    .filter((call) => call.chatId === user.id)
    .map((call) => call.params.document as UploadedFile);
  return { files, messages };
}

/** "Erase my data", asked twice: returns the confirmation. */
export async function eraseData(user: FakeUser, t: TFunction): Promise<BotMessage> {
  const ask = await answer(user, await openPrivacy(user, t), t('privacy:button.erase'), t('privacy:erase.ask'));
  const again = await answer(user, ask, t('privacy:erase.yes'), t('privacy:erase.again'));
  press(user, again, t('privacy:erase.confirm'));
  return user.nextBotMessage();
}

/** The JSON of an export (its first part). */
export function exportedJson(files: UploadedFile[]): Record<string, unknown> {
  const json = files.find((file) => file.fileName.endsWith('.json'));
  if (!json) throw new Error(`no JSON among ${files.map((file) => file.fileName).join(', ')}`);
  return JSON.parse(json.bytes.toString('utf8')) as Record<string, unknown>;
}
