import type { TgMessageEntity } from '../types';
import type { FormattedText } from './html';

/** Entities kept even when they cover only whitespace (TDLib's "hidden data" entities). */
const HIDDEN_DATA = new Set(['text_link', 'text_mention', 'pre', 'code']);

const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\n';

/**
 * TDLib's fix_formatted_text, as applied to every text and caption a bot sends:
 * control characters become spaces, '\r' is dropped, whitespace-only entities are
 * removed, and leading/trailing spaces and newlines are trimmed (entities shifted).
 */
export function fixFormattedText(input: FormattedText): FormattedText {
  let entities: TgMessageEntity[] = input.entities.map((e) => ({ ...e }));
  let text = '';
  for (let i = 0; i < input.text.length; i++) {
    const ch = input.text[i] as string;
    const code = ch.charCodeAt(0);
    if (ch === '\r') {
      // remove it: shift entities after this position
      const position = text.length;
      for (const entity of entities) {
        if (entity.offset > position) entity.offset--;
        else if (entity.offset + entity.length > position) entity.length--;
      }
      continue;
    }
    text += code < 32 && ch !== '\n' ? ' ' : ch;
  }

  const removeBlankEntities = (): void => {
    entities = entities.filter((e) => {
      if (e.length <= 0) return false;
      if (HIDDEN_DATA.has(e.type)) return true;
      return [...text.slice(e.offset, e.offset + e.length)].some((ch) => !isBlank(ch));
    });
  };
  removeBlankEntities();

  // rtrim
  let end = text.length;
  while (end > 0 && isBlank(text[end - 1])) end--;
  text = text.slice(0, end);
  entities = entities
    .filter((e) => e.offset < end)
    .map((e) => (e.offset + e.length > end ? { ...e, length: end - e.offset } : e));

  // ltrim, up to the first entity
  const firstEntity = entities.reduce((min, e) => Math.min(min, e.offset), text.length);
  let start = 0;
  while (start < firstEntity && isBlank(text[start])) start++;
  if (start > 0) {
    text = text.slice(start);
    entities = entities.map((e) => ({ ...e, offset: e.offset - start }));
  }
  removeBlankEntities();
  return { text, entities: entities.sort((a, b) => a.offset - b.offset || b.length - a.length) };
}
