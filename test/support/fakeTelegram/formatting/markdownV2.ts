import type { TgMessageEntity } from '../types';
import type { FormattedText } from './html';
import { sortEntities } from './html';
import { checkedLink } from './links';
import { byteOffset, isSpace, parseEntitiesError } from './parseError';

type V2Type =
  | 'Bold' | 'Italic' | 'Underline' | 'Strikethrough' | 'Spoiler'
  | 'Code' | 'Pre' | 'PreCode' | 'TextUrl' | 'CustomEmoji' | 'BlockQuote';

interface Open {
  type: V2Type;
  argument: string;
  offset: number;
  /** index in the source, for error messages */
  sourceIndex: number;
  expandable: boolean;
}

const RESERVED = '_*[]()~`>#+-=|{}.!\n';

function reservedError(ch: string) {
  return parseEntitiesError(`Character '${ch}' is reserved and must be escaped with the preceding '\\'`);
}

function isEscapable(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code > 0 && code <= 126;
}

/** parse_mode=MarkdownV2, a port of TDLib's parse_markdown_v2 (same errors). */
export function parseMarkdownV2(input: string): FormattedText {
  const text = input;
  const n = text.length;
  let out = '';
  const entities: TgMessageEntity[] = [];
  const stack: Open[] = [];
  let haveBlockquote = false;

  const endError = (open: Open) =>
    parseEntitiesError(`Can't find end of ${open.type} entity at byte offset ${byteOffset(text, open.sourceIndex)}`);

  for (let i = 0; i < n; i++) {
    const c = text[i] as string;
    if (c === '\\' && isEscapable(text[i + 1])) {
      i++;
      out += text[i];
      continue;
    }
    const top = stack[stack.length - 1];
    const reserved = top !== undefined && (top.type === 'Code' || top.type === 'Pre' || top.type === 'PreCode') ? '`' : RESERVED;
    if (!reserved.includes(c)) {
      out += c;
      continue;
    }

    // expandable blockquote end mark: "||" at the end of a quoted line
    if (
      c === '|' && text[i + 1] === '|' && (i + 2 === n || text[i + 2] === '\n') &&
      top !== undefined && top.type === 'BlockQuote'
    ) {
      top.expandable = true;
      i++;
      continue;
    }

    let isEnd = false;
    if (top !== undefined) {
      if (haveBlockquote && c === '\n' && (i + 1 === n || text[i + 1] !== '>')) {
        isEnd = true;
      } else {
        switch (top.type) {
          case 'Bold': isEnd = c === '*'; break;
          case 'Italic': isEnd = c === '_' && text[i + 1] !== '_'; break;
          case 'Code': isEnd = c === '`'; break;
          case 'Pre':
          case 'PreCode': isEnd = c === '`' && text[i + 1] === '`' && text[i + 2] === '`'; break;
          case 'TextUrl':
          case 'CustomEmoji': isEnd = c === ']'; break;
          case 'Underline': isEnd = c === '_' && text[i + 1] === '_'; break;
          case 'Strikethrough': isEnd = c === '~'; break;
          case 'Spoiler': isEnd = c === '|' && text[i + 1] === '|'; break;
          case 'BlockQuote': isEnd = false; break;
        }
      }
    }

    if (!isEnd) {
      const sourceIndex = i;
      let type: V2Type | undefined;
      let argument = '';
      const expandable = false; // only a trailing "||" makes a quotation expandable
      switch (c) {
        case '_':
          if (text[i + 1] === '_') {
            type = 'Underline';
            i++;
          } else {
            type = 'Italic';
          }
          break;
        case '*':
          if (text[i + 1] === '*' && text[i + 2] === '>' && (i === 0 || text[i - 1] === '\n') && !haveBlockquote) {
            // "**>" starts a block quotation (expandable when its last line ends with "||")
            i += 2;
            type = 'BlockQuote';
            haveBlockquote = true;
          } else {
            type = 'Bold';
          }
          break;
        case '~':
          type = 'Strikethrough';
          break;
        case '|':
          if (text[i + 1] !== '|') throw reservedError(c);
          i++;
          type = 'Spoiler';
          break;
        case '[':
          type = 'TextUrl';
          break;
        case '`':
          if (text[i + 1] === '`' && text[i + 2] === '`') {
            i += 3;
            type = 'Pre';
            let languageEnd = i;
            while (languageEnd < n && !isSpace(text[languageEnd]) && text[languageEnd] !== '`') languageEnd++;
            if (i !== languageEnd && languageEnd < n && text[languageEnd] !== '`') {
              type = 'PreCode';
              argument = text.slice(i, languageEnd);
              i = languageEnd;
            }
            if (text[i] === '\n' || text[i] === '\r') {
              if ((text[i + 1] === '\n' || text[i + 1] === '\r') && text[i] !== text[i + 1]) i += 2;
              else i++;
            }
            i--;
          } else {
            type = 'Code';
          }
          break;
        case '!':
          if (text[i + 1] !== '[') throw reservedError(c);
          i++;
          type = 'CustomEmoji';
          break;
        case '\n':
          out += '\n';
          if (text[i + 1] === '>') {
            i++;
            if (!haveBlockquote) {
              type = 'BlockQuote';
              haveBlockquote = true;
            }
          } else if (text[i + 1] === '*' && text[i + 2] === '*' && text[i + 3] === '>' && !haveBlockquote) {
            i += 3;
            type = 'BlockQuote';
            haveBlockquote = true;
          }
          break;
        case '>':
          if (i !== 0) throw reservedError(c);
          type = 'BlockQuote';
          haveBlockquote = true;
          break;
        default:
          throw reservedError(c);
      }
      if (type === undefined) continue;
      stack.push({ type, argument, offset: out.length, sourceIndex, expandable });
      continue;
    }

    // end of an entity
    const open = top as Open;
    if (c === '\n' && open.type !== 'BlockQuote') throw endError(open);
    // (a quotation ends at its newline, which belongs to it)
    let skip = out.length + (open.type === 'BlockQuote' ? 1 : 0) === open.offset;
    let url: string | undefined;
    let customEmojiId: string | undefined;
    switch (open.type) {
      case 'Underline':
      case 'Spoiler':
        i++;
        break;
      case 'Pre':
      case 'PreCode':
        i += 2;
        break;
      case 'TextUrl': {
        let link = '';
        if (text[i + 1] !== '(') {
          link = out.slice(open.offset);
        } else {
          i += 2;
          const urlBegin = i;
          while (i < n && text[i] !== ')') {
            if (text[i] === '\\' && isEscapable(text[i + 1])) {
              link += text[i + 1];
              i += 2;
              continue;
            }
            link += text[i++];
          }
          if (text[i] !== ')') throw parseEntitiesError(`Can't find end of a URL at byte offset ${byteOffset(text, urlBegin)}`);
        }
        url = checkedLink(link);
        if (url === undefined) skip = true;
        break;
      }
      case 'CustomEmoji': {
        if (text[i + 1] !== '(') throw parseEntitiesError('Custom emoji entity must contain a tg://emoji URL');
        i += 2;
        const urlBegin = i;
        let link = '';
        while (i < n && text[i] !== ')') {
          if (text[i] === '\\' && isEscapable(text[i + 1])) {
            link += text[i + 1];
            i += 2;
            continue;
          }
          link += text[i++];
        }
        if (text[i] !== ')') throw parseEntitiesError(`Can't find end of a custom emoji URL at byte offset ${byteOffset(text, urlBegin)}`);
        const match = /^tg:\/\/emoji\?id=([1-9]\d*)$/.exec(link);
        if (match === null) throw parseEntitiesError('Invalid custom emoji URL specified');
        customEmojiId = match[1];
        break;
      }
      case 'BlockQuote':
        haveBlockquote = false;
        out += c;
        break;
      default:
        break;
    }
    if (!skip) {
      const entity = toEntity(open, open.offset, out.length - open.offset, url, customEmojiId);
      if (entity !== undefined && entity.length > 0) entities.push(entity);
    }
    stack.pop();
  }

  const last = stack[stack.length - 1];
  if (haveBlockquote && last !== undefined && last.type === 'BlockQuote') {
    const length = out.length - last.offset;
    if (length > 0) entities.push({ type: last.expandable ? 'expandable_blockquote' : 'blockquote', offset: last.offset, length });
    stack.pop();
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed !== undefined) throw endError(unclosed);
  return { text: out, entities: sortEntities(entities) };
}

function toEntity(open: Open, offset: number, length: number, url?: string, customEmojiId?: string): TgMessageEntity | undefined {
  switch (open.type) {
    case 'Bold': return { type: 'bold', offset, length };
    case 'Italic': return { type: 'italic', offset, length };
    case 'Underline': return { type: 'underline', offset, length };
    case 'Strikethrough': return { type: 'strikethrough', offset, length };
    case 'Spoiler': return { type: 'spoiler', offset, length };
    case 'Code': return { type: 'code', offset, length };
    case 'Pre': return { type: 'pre', offset, length };
    case 'PreCode': return { type: 'pre', offset, length, language: open.argument };
    case 'TextUrl': return url === undefined ? undefined : { type: 'text_link', offset, length, url };
    case 'CustomEmoji': return customEmojiId === undefined ? undefined : { type: 'custom_emoji', offset, length, custom_emoji_id: customEmojiId };
    case 'BlockQuote': return { type: open.expandable ? 'expandable_blockquote' : 'blockquote', offset, length };
  }
}
