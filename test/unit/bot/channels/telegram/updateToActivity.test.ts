import { updateSchema } from '../../../../../bot/channels/telegram/updateSchema';
import { updateToActivity } from '../../../../../bot/channels/telegram/updateToActivity';

const from = { id: 42, is_bot: false, first_name: 'Amina', language_code: 'ar' };
const chat = { id: 42, type: 'private' };
const map = (raw: object) => updateToActivity(updateSchema.parse(raw), raw, '999');

describe('updateToActivity', () => {
  it('maps a text message with the tenant, the chat and the language', () => {
    const activity = map({ update_id: 1, message: { message_id: 5, date: 1700000000, chat, from, text: 'ciao' } });
    expect(activity).toMatchObject({
      type: 'message',
      channelId: 'telegram',
      text: 'ciao',
      locale: 'ar',
      from: { id: '42', name: 'Amina' },
      conversation: { id: '42', isGroup: false },
      channelData: { casaKind: 'text', updateId: 1, messageId: 5 },
    });
  });

  it('keeps a command with its deep-link payload as text', () => {
    expect(map({ update_id: 2, message: { message_id: 6, date: 1, chat, from, text: '/start b_MI123' } })?.text).toBe('/start b_MI123');
  });

  it('maps a button press to a message whose value carries the data', () => {
    const activity = map({
      update_id: 3,
      callback_query: {
        id: 'q1',
        from,
        data: 'ab12.health',
        message: { message_id: 7, chat, text: 'Di cosa hai bisogno?', reply_markup: { inline_keyboard: [[{ text: '🩺 Salute', callback_data: 'ab12.health' }]] } },
      },
    });
    expect(activity).toMatchObject({
      text: 'ab12.health',
      value: { button: 'ab12.health' },
      channelData: { casaKind: 'button', callbackQueryId: 'q1', messageId: 7, pressedLabel: '🩺 Salute' },
    });
  });

  it.each([
    ['photo', { photo: [{ file_id: 's', width: 90, height: 90 }, { file_id: 'big', width: 1280, height: 960 }] }, { contentType: 'image/jpeg', contentUrl: 'telegram-file:big' }],
    ['document', { document: { file_id: 'd', file_name: 'bolletta.pdf', mime_type: 'application/pdf' } }, { contentType: 'application/pdf', name: 'bolletta.pdf' }],
    ['voice', { voice: { file_id: 'v', duration: 3 } }, { contentType: 'audio/ogg' }],
  ])('maps a %s to an attachment', (kind, content, attachment) => {
    const activity = map({ update_id: 4, message: { message_id: 8, date: 1, chat, from, ...content } });
    expect(activity?.channelData).toMatchObject({ casaKind: kind });
    expect(activity?.attachments?.[0]).toMatchObject(attachment);
  });

  it('maps a location and a contact to entities', () => {
    const location = map({ update_id: 5, message: { message_id: 9, date: 1, chat, from, location: { latitude: 45.44, longitude: 9.17 } } });
    expect(location?.entities).toEqual([{ type: 'GeoCoordinates', latitude: 45.44, longitude: 9.17 }]);
    const contact = map({ update_id: 6, message: { message_id: 10, date: 1, chat, from, contact: { phone_number: '+39333', user_id: 42 } } });
    expect(contact?.entities).toEqual([{ type: 'Contact', phoneNumber: '+39333', own: true }]);
  });

  it('labels what the bot cannot read as unsupported', () => {
    const raw = { update_id: 7, message: { message_id: 11, date: 1, chat, from, sticker: { file_id: 'x' } } };
    expect(map(raw)?.channelData).toMatchObject({ casaKind: 'unsupported', unsupported: 'sticker' });
  });

  it('ignores messages from bots and updates it does not act on', () => {
    expect(map({ update_id: 8, message: { message_id: 12, date: 1, chat, from: { ...from, is_bot: true }, text: 'x' } })).toBeUndefined();
    expect(map({ update_id: 9 })).toBeUndefined();
  });

  it('rejects malformed updates at the schema', () => {
    expect(updateSchema.safeParse({ update_id: 10, message: { text: 'no chat' } }).success).toBe(false);
    expect(updateSchema.safeParse({ update_id: -1 }).success).toBe(false);
  });
});
