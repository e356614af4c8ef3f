import type { TgMessageEntity } from '../types';
import type { FormattedText } from './html';
import { sortEntities } from './html';
import { checkedLink } from './links';
import { byteOffset, isSpace, parseEntitiesError } from './parseError';

/** Legacy parse_mode=Markdown, a port of TDLib's parse_markdown (same error). */
export function parseMarkdown(text: string): FormattedText {
  const n = text.length;
  let out = '';
  const entities: TgMessageEntity[] = [];
  for (let i = 0; i < n; i++) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (c === '\\' && (next === '_' || next === '*' || next === '`' || next === '[')) {
      i++;
      out += next;
      continue;
    }
    if (c !== '_' && c !== '*' && c !== '`' && c !== '[') {
      out += c;
      continue;
    }
    const begin = i;
    const endChar = c === '[' ? ']' : c;
    let isPre = false;
    let language = '';
    i++;
    if (c === '`' && text[i] === '`' && text[i + 1] === '`') {
      i += 2;
      isPre = true;
      let languageEnd = i;
      while (languageEnd < n && !isSpace(text[languageEnd]) && text[languageEnd] !== '`') languageEnd++;
      if (i !== languageEnd && languageEnd < n && text[languageEnd] !== '`') {
        language = text.slice(i, languageEnd);
        i = languageEnd;
      }
      if (text[i] === '\n' || text[i] === '\r') {
        if ((text[i + 1] === '\n' || text[i + 1] === '\r') && text[i] !== text[i + 1]) i += 2;
        else i++;
      }
    }
    const offset = out.length;
    while (i < n && (text[i] !== endChar || (isPre && !(text[i + 1] === '`' && text[i + 2] === '`')))) {
      out += text[i];
      i++;
    }
    if (i >= n) {
      throw parseEntitiesError(`Can't find end of the entity starting at byte offset ${byteOffset(text, begin)}`);
    }
    const length = out.length - offset;
    if (length > 0) {
      if (c === '_') entities.push({ type: 'italic', offset, length });
      else if (c === '*') entities.push({ type: 'bold', offset, length });
      else if (c === '[') {
        let link = '';
        if (text[i + 1] !== '(') {
          link = text.slice(begin + 1, i);
        } else {
          i += 2;
          while (i < n && text[i] !== ')') link += text[i++];
        }
        const url = checkedLink(link);
        if (url !== undefined) entities.push({ type: 'text_link', offset, length, url });
      } else if (isPre) {
        entities.push(language === '' ? { type: 'pre', offset, length } : { type: 'pre', offset, length, language });
      } else {
        entities.push({ type: 'code', offset, length });
      }
    }
    if (isPre) i += 2;
  }
  return { text: out, entities: sortEntities(entities) };
}
