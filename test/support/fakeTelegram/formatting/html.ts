import type { TgMessageEntity } from '../types';
import { byteOffset, isSpace, parseEntitiesError } from './parseError';
import { checkedLink } from './links';

/** Formatted text: plain text + entities (UTF-16 offsets). */
export interface FormattedText {
  text: string;
  entities: TgMessageEntity[];
}

const SUPPORTED_TAGS = new Set([
  'a', 'b', 'strong', 'i', 'em', 's', 'strike', 'del', 'u', 'ins',
  'tg-spoiler', 'tg-emoji', 'span', 'pre', 'code', 'blockquote',
]);

interface OpenTag {
  tag: string;
  argument: string;
  expandable: boolean;
  offset: number;
}

/** Decodes an HTML entity at `pos` (text[pos] === '&') like Telegram: &lt; &gt; &amp; &quot; and numeric; ';' optional. */
function decodeEntity(text: string, pos: number): { char: string; end: number } | undefined {
  let end = pos + 1;
  let code = 0;
  if (text[pos + 1] === '#') {
    end++;
    if (text[pos + 2] === 'x') {
      end++;
      while (end < text.length && /[0-9a-fA-F]/.test(text[end] ?? '')) code = code * 16 + parseInt(text[end++] ?? '0', 16);
    } else {
      while (end < text.length && /[0-9]/.test(text[end] ?? '')) code = code * 10 + Number(text[end++]);
    }
    if (code === 0 || code >= 0x10ffff || end - pos >= 10) return undefined;
  } else {
    while (end < text.length && /[a-zA-Z]/.test(text[end] ?? '')) end++;
    const name = text.slice(pos + 1, end);
    const named: Record<string, number> = { lt: 60, gt: 62, amp: 38, quot: 34 };
    const value = named[name];
    if (value === undefined) return undefined;
    code = value;
  }
  if (text[end] === ';') end++;
  return { char: String.fromCodePoint(code), end };
}

/** parse_mode=HTML, following the rules (and error messages) of the Bot API / TDLib. */
export function parseHtml(input: string): FormattedText {
  const n = input.length;
  let out = '';
  const entities: TgMessageEntity[] = [];
  const stack: OpenTag[] = [];
  let i = 0;
  while (i < n) {
    const c = input[i];
    if (c === '&') {
      const decoded = decodeEntity(input, i);
      if (decoded !== undefined) {
        out += decoded.char;
        i = decoded.end;
        continue;
      }
    }
    if (c !== '<') {
      out += c;
      i++;
      continue;
    }
    const begin = i;
    const at = (): number => byteOffset(input, begin);
    i++;
    if (input[i] !== '/') {
      while (i < n && !isSpace(input[i]) && input[i] !== '>') i++;
      if (i >= n) throw parseEntitiesError(`Unclosed start tag at byte offset ${at()}`);
      const tag = input.slice(begin + 1, i).toLowerCase();
      if (!SUPPORTED_TAGS.has(tag)) throw parseEntitiesError(`Unsupported start tag "${tag}" at byte offset ${at()}`);
      let argument = '';
      let expandable = false;
      while (input[i] !== '>') {
        while (i < n && isSpace(input[i])) i++;
        if (i >= n) throw parseEntitiesError(`Unclosed start tag at byte offset ${at()}`);
        if (input[i] === '>') break;
        const attrBegin = i;
        while (i < n && !isSpace(input[i]) && input[i] !== '=' && input[i] !== '>') i++;
        const attrName = input.slice(attrBegin, i);
        if (attrName === '') throw parseEntitiesError(`Empty attribute name in the tag "${tag}" at byte offset ${at()}`);
        while (i < n && isSpace(input[i])) i++;
        if (tag === 'blockquote' && attrName.toLowerCase() === 'expandable') expandable = true;
        if (input[i] !== '=') {
          // attributes without a value are ignored (only "expandable" of <blockquote> means something)
          if (i >= n) throw parseEntitiesError(`Unclosed start tag at byte offset ${at()}`);
          continue;
        }
        i++;
        while (i < n && isSpace(input[i])) i++;
        if (i >= n) throw parseEntitiesError(`Unclosed start tag "${tag}" at byte offset ${at()}`);
        let value = '';
        const quote = input[i];
        if (quote !== '"' && quote !== "'") {
          const tokenBegin = i;
          while (i < n && /[a-zA-Z0-9.-]/.test(input[i] ?? '')) i++;
          value = input.slice(tokenBegin, i).toLowerCase();
          if (i < n && !isSpace(input[i]) && input[i] !== '>') {
            throw parseEntitiesError(`Unexpected end of name token at byte offset ${byteOffset(input, tokenBegin)}`);
          }
        } else {
          i++;
          while (i < n && input[i] !== quote) {
            if (input[i] === '&') {
              const decoded = decodeEntity(input, i);
              if (decoded !== undefined) {
                value += decoded.char;
                i = decoded.end;
                continue;
              }
            }
            value += input[i];
            i++;
          }
          if (input[i] === quote) i++;
        }
        if (i >= n) throw parseEntitiesError(`Unclosed start tag at byte offset ${at()}`);
        if (tag === 'a' && attrName === 'href') argument = value;
        else if (tag === 'code' && attrName === 'class' && value.startsWith('language-')) argument = value.slice(9);
        else if (tag === 'span' && attrName === 'class' && value.startsWith('tg-')) argument = value.slice(3);
        else if (tag === 'tg-emoji' && attrName === 'emoji-id') argument = value;
      }
      i++; // '>'
      if (tag === 'span' && argument !== 'spoiler') throw parseEntitiesError(`Tag "span" must have class "tg-spoiler" at byte offset ${at()}`);
      stack.push({ tag, argument, expandable, offset: out.length });
      continue;
    }

    // end tag
    const open = stack[stack.length - 1];
    if (open === undefined) throw parseEntitiesError(`Unexpected end tag at byte offset ${at()}`);
    while (i < n && !isSpace(input[i]) && input[i] !== '>') i++;
    const endTag = input.slice(begin + 2, i).toLowerCase();
    while (i < n && isSpace(input[i])) i++;
    if (input[i] !== '>') throw parseEntitiesError(`Unclosed end tag at byte offset ${at()}`);
    i++;
    const tag = open.tag;
    if (endTag !== '' && endTag !== tag) {
      throw parseEntitiesError(`Unmatched end tag at byte offset ${at()}, expected "</${tag}>", found "</${endTag}>"`);
    }
    stack.pop();
    closeTag(open, out, entities);
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed !== undefined) throw parseEntitiesError(`Can't find end tag corresponding to start tag "${unclosed.tag}"`);
  return { text: out, entities: sortEntities(entities) };
}

function closeTag(open: OpenTag, out: string, entities: TgMessageEntity[]): void {
  const offset = open.offset;
  const length = out.length - offset;
  if (length <= 0) return;
  const last = entities[entities.length - 1];
  const sameSpan = last !== undefined && last.offset === offset && last.length === length;
  switch (open.tag) {
    case 'i':
    case 'em':
      entities.push({ type: 'italic', offset, length });
      return;
    case 'b':
    case 'strong':
      entities.push({ type: 'bold', offset, length });
      return;
    case 's':
    case 'strike':
    case 'del':
      entities.push({ type: 'strikethrough', offset, length });
      return;
    case 'u':
    case 'ins':
      entities.push({ type: 'underline', offset, length });
      return;
    case 'tg-spoiler':
    case 'span':
      entities.push({ type: 'spoiler', offset, length });
      return;
    case 'tg-emoji':
      if (!/^[1-9]\d*$/.test(open.argument)) throw parseEntitiesError('Invalid custom emoji identifier specified');
      entities.push({ type: 'custom_emoji', offset, length, custom_emoji_id: open.argument });
      return;
    case 'a': {
      const url = checkedLink(open.argument === '' ? out.slice(offset) : open.argument);
      if (url !== undefined) entities.push({ type: 'text_link', offset, length, url });
      return;
    }
    case 'pre':
      if (sameSpan && last.type === 'code' && last.language !== undefined) {
        last.type = 'pre';
      } else {
        entities.push({ type: 'pre', offset, length });
      }
      return;
    case 'code':
      if (sameSpan && last.type === 'pre' && open.argument !== '') {
        last.language = open.argument;
      } else {
        const entity: TgMessageEntity = { type: 'code', offset, length };
        if (open.argument !== '') entity.language = open.argument; // dropped below unless merged into <pre>
        entities.push(entity);
      }
      return;
    case 'blockquote':
      entities.push({ type: open.expandable ? 'expandable_blockquote' : 'blockquote', offset, length });
      return;
    default:
      return;
  }
}

/** Sorts like TDLib (offset ascending, longer first) and drops helper fields. */
export function sortEntities(entities: TgMessageEntity[]): TgMessageEntity[] {
  for (const entity of entities) {
    if (entity.type === 'code') delete entity.language;
  }
  return [...entities].sort((a, b) => a.offset - b.offset || b.length - a.length);
}
