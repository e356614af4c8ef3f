import { badRequest } from '../apiError';
import { isRecord } from '../args';
import type { TgMessageEntity } from '../types';
import { withAutoEntities } from './autoEntities';
import { fixFormattedText } from './fixText';
import { parseHtml, type FormattedText } from './html';
import { parseMarkdown } from './markdown';
import { parseMarkdownV2 } from './markdownV2';

export type { FormattedText } from './html';
export { withAutoEntities } from './autoEntities';

const ENTITY_TYPES = new Set([
  'mention', 'hashtag', 'cashtag', 'bot_command', 'url', 'email', 'phone_number', 'bold', 'italic', 'underline',
  'strikethrough', 'spoiler', 'blockquote', 'expandable_blockquote', 'code', 'pre', 'text_link', 'text_mention',
  'custom_emoji',
]);

/** Parses an explicit `entities`/`caption_entities` JSON array. */
export function parseEntityList(value: unknown, textLength: number): TgMessageEntity[] {
  if (!Array.isArray(value)) throw badRequest("can't parse entities JSON object");
  const result: TgMessageEntity[] = [];
  for (const item of value) {
    if (!isRecord(item)) throw badRequest("can't parse MessageEntity: expected an Object");
    const { type, offset, length } = item;
    if (typeof type !== 'string' || typeof offset !== 'number' || typeof length !== 'number') {
      throw badRequest("can't parse MessageEntity: fields type, offset and length are required");
    }
    if (!ENTITY_TYPES.has(type)) throw badRequest(`can't parse MessageEntity: unsupported type "${type}"`);
    // TDLib silently drops/clips out-of-range entities
    if (offset < 0 || length <= 0 || offset >= textLength) continue;
    const entity: TgMessageEntity = { type, offset, length: Math.min(length, textLength - offset) };
    if (type === 'text_link') {
      if (typeof item.url !== 'string' || item.url === '') throw badRequest("can't parse MessageEntity: Field \"url\" must be of type String");
      entity.url = item.url;
    }
    if (type === 'pre' && typeof item.language === 'string' && item.language !== '') entity.language = item.language;
    if (type === 'custom_emoji' && typeof item.custom_emoji_id === 'string') entity.custom_emoji_id = item.custom_emoji_id;
    result.push(entity);
  }
  return result.sort((a, b) => a.offset - b.offset || b.length - a.length);
}

/**
 * Applies parse_mode (HTML / MarkdownV2 / Markdown, case-insensitive) or explicit entities
 * (which take precedence, like in the real API: parse_mode is then ignored), normalizes the
 * text like TDLib (trimming, control characters), then adds the entities Telegram detects
 * on its own.
 */
export function formatText(raw: string, parseMode: string | undefined, explicitEntities: unknown): FormattedText {
  let formatted: FormattedText;
  if (explicitEntities !== undefined) {
    formatted = { text: raw, entities: parseEntityList(explicitEntities, raw.length) };
  } else {
    switch ((parseMode ?? '').toLowerCase()) {
      case '':
        formatted = { text: raw, entities: [] };
        break;
      case 'html':
        formatted = parseHtml(raw);
        break;
      case 'markdownv2':
        formatted = parseMarkdownV2(raw);
        break;
      case 'markdown':
        formatted = parseMarkdown(raw);
        break;
      default:
        throw badRequest(`unsupported parse_mode`);
    }
  }
  const fixed = fixFormattedText(formatted);
  return { text: fixed.text, entities: withAutoEntities(fixed.text, fixed.entities) };
}
