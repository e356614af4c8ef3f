import { z } from 'zod';

/** The parts of a Bot API Update the bot reads. Anything else in an update is ignored, never trusted. */
const user = z.object({
  id: z.number().int(),
  is_bot: z.boolean().optional(),
  first_name: z.string().max(256).optional(),
  language_code: z.string().max(35).optional(),
});

const chat = z.object({ id: z.number().int(), type: z.string(), is_forum: z.boolean().optional() });

const fileRef = z.object({ file_id: z.string().min(1), file_unique_id: z.string().optional(), file_size: z.number().optional() });

const message = z.object({
  message_id: z.number().int(),
  date: z.number().int(),
  chat,
  from: user.optional(),
  /** Forum topic of a supergroup (the staff group). */
  message_thread_id: z.number().int().optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  entities: z.array(z.object({ type: z.string(), offset: z.number().int(), length: z.number().int() })).optional(),
  photo: z.array(fileRef.extend({ width: z.number(), height: z.number() })).min(1).optional(),
  document: fileRef.extend({ file_name: z.string().optional(), mime_type: z.string().optional() }).optional(),
  voice: fileRef.extend({ duration: z.number(), mime_type: z.string().optional() }).optional(),
  audio: fileRef.extend({ mime_type: z.string().optional(), file_name: z.string().optional() }).optional(),
  location: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).optional(),
  contact: z.object({ phone_number: z.string().max(64), first_name: z.string().optional(), user_id: z.number().optional() }).optional(),
});

const callbackQuery = z.object({
  id: z.string().min(1),
  from: user,
  data: z.string().optional(),
  message: z
    .object({
      message_id: z.number().int(),
      chat,
      message_thread_id: z.number().int().optional(),
      text: z.string().optional(),
      reply_markup: z
        .object({ inline_keyboard: z.array(z.array(z.object({ text: z.string(), callback_data: z.string().optional() }).loose())) })
        .optional(),
    })
    .optional(),
});

export const updateSchema = z.object({
  update_id: z.number().int().nonnegative(),
  message: message.optional(),
  callback_query: callbackQuery.optional(),
});

export type TelegramUpdate = z.infer<typeof updateSchema>;
export type TelegramMessage = z.infer<typeof message>;
export type TelegramCallbackQuery = z.infer<typeof callbackQuery>;

/** The update_id of anything that looks like an update, so a malformed one can still be marked as seen. */
export function updateIdOf(raw: unknown): number | undefined {
  const id = (raw as { update_id?: unknown } | null)?.update_id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : undefined;
}
