import { activityToCalls, activityToEdit, OutgoingActivityError } from '../../../../../bot/channels/telegram/activityToCalls';

const action = (title: string, value: string) => ({ type: 'postBack', title, value });

describe('activityToCalls', () => {
  it('sends a text with its suggested actions as an inline keyboard, one button a row', () => {
    const calls = activityToCalls({ type: 'message', text: 'Scegli', suggestedActions: { to: [], actions: [action('A', 'x.a'), action('B', 'x.b')] } }, '7');
    expect(calls).toEqual([
      { method: 'sendMessage', params: { chat_id: '7', text: 'Scegli', reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'x.a' }], [{ text: 'B', callback_data: 'x.b' }]] } } },
    ]);
  });

  it('lays buttons out in the columns asked for', () => {
    const [call] = activityToCalls(
      { type: 'message', text: 'Lingua', channelData: { columns: 2 }, suggestedActions: { to: [], actions: ['a', 'b', 'c'].map((v) => action(v, v)) } },
      '7',
    );
    expect((call!.params.reply_markup as { inline_keyboard: unknown[][] }).inline_keyboard.map((row) => row.length)).toEqual([2, 1]);
  });

  it('protects every piece and file from forwarding and sends them silently when asked', () => {
    const calls = activityToCalls(
      {
        type: 'message',
        text: 'a '.repeat(5000),
        channelData: { protectContent: true, silent: true },
        attachments: [{ contentType: 'text/calendar', contentUrl: 'data:text/calendar,x', name: 'a.ics' }],
      },
      '7',
    );
    expect(calls.length).toBe(4);
    expect(calls.every((call) => call.params.protect_content === true && call.params.disable_notification === true)).toBe(true);
    const [plain] = activityToCalls({ type: 'message', text: 'Ciao', channelData: { protectContent: true } }, '7');
    expect(plain!.params).toEqual({ chat_id: '7', text: 'Ciao', protect_content: true });
  });

  it('splits a long text and puts the keyboard under the last piece', () => {
    const calls = activityToCalls({ type: 'message', text: 'a '.repeat(5000), suggestedActions: { to: [], actions: [action('A', 'x.a')] } }, '7');
    expect(calls.length).toBe(3);
    expect(calls.slice(0, 2).every((call) => call.params.reply_markup === undefined)).toBe(true);
    expect(calls[2]!.params.reply_markup).toBeDefined();
  });

  it('turns hero card buttons into a keyboard and link buttons into url buttons', () => {
    const [call] = activityToCalls(
      {
        type: 'message',
        attachments: [{ contentType: 'application/vnd.microsoft.card.hero', content: { title: '1522', text: 'Gratuito', buttons: [{ type: 'openUrl', title: 'Sito', value: 'https://www.1522.eu' }] } }],
      },
      '7',
    );
    expect(call).toEqual({ method: 'sendMessage', params: { chat_id: '7', text: '1522\nGratuito', reply_markup: { inline_keyboard: [[{ text: 'Sito', url: 'https://www.1522.eu' }]] } } });
  });

  it('uploads a data: URL attachment as a document', () => {
    const [call] = activityToCalls({ type: 'message', attachments: [{ contentType: 'text/calendar', contentUrl: 'data:text/calendar;base64,QkVHSU4=', name: 'visita.ics' }] }, '7');
    expect(call!.method).toBe('sendDocument');
    expect((call!.params.document as { source: Buffer }).source.toString()).toBe('BEGIN');
  });

  it('maps typing to sendChatAction', () => {
    expect(activityToCalls({ type: 'typing' }, '7')).toEqual([{ method: 'sendChatAction', params: { chat_id: '7', action: 'typing' } }]);
  });

  it('refuses button data over 64 bytes rather than letting Telegram reject the message', () => {
    expect(() => activityToCalls({ type: 'message', text: 'x', suggestedActions: { to: [], actions: [action('A', 'é'.repeat(33))] } }, '7')).toThrow(OutgoingActivityError);
  });

  it('edits text and keyboard, or only the keyboard when there is no text', () => {
    expect(activityToEdit({ text: 'Nuovo' }, '7', 3)).toEqual({ method: 'editMessageText', params: { chat_id: '7', message_id: 3, text: 'Nuovo' } });
    expect(activityToEdit({}, '7', 3)).toEqual({ method: 'editMessageReplyMarkup', params: { chat_id: '7', message_id: 3, reply_markup: { inline_keyboard: [] } } });
  });
});
