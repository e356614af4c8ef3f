import type { TgMessageEntity } from '../types';

const WORD = /[\p{L}\p{N}_]/u;

function isWord(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

function findBotCommands(text: string, found: TgMessageEntity[]): void {
  // TDLib: (?<!\b|[\/<>])\/([a-zA-Z0-9_]{1,64})(?:@([a-zA-Z0-9_]{3,32}))?(?!\B|[\/<>])
  const re = /\/([a-zA-Z0-9_]+)(@[a-zA-Z0-9_]*)?/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const prev = text[start - 1];
    if (isWord(prev) || prev === '/' || prev === '<' || prev === '>') continue;
    const command = m[1] ?? '';
    const mention = m[2];
    if (command.length > 64) continue;
    if (mention !== undefined && (mention.length - 1 < 3 || mention.length - 1 > 32)) continue;
    const end = start + m[0].length;
    const next = text[end];
    if (isWord(next) || next === '/' || next === '<' || next === '>') continue;
    found.push({ type: 'bot_command', offset: start, length: end - start });
  }
}

function findMentions(text: string, found: TgMessageEntity[]): void {
  const re = /@([a-zA-Z0-9_]+)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const name = m[1] ?? '';
    if (isWord(text[m.index - 1]) || name.length < 4 || name.length > 32 || isWord(text[m.index + m[0].length])) continue;
    found.push({ type: 'mention', offset: m.index, length: m[0].length });
  }
}

function findHashtags(text: string, found: TgMessageEntity[]): void {
  const re = /#([\p{L}\p{N}_]+)/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const body = m[1] ?? '';
    if (isWord(text[m.index - 1]) || text[m.index + m[0].length] === '#' || !/\p{L}/u.test(body)) continue;
    found.push({ type: 'hashtag', offset: m.index, length: m[0].length });
  }
}

function findUrlsAndEmails(text: string, found: TgMessageEntity[]): void {
  const urlRe = /\b(?:(?:https?|ftp|tg):\/\/|www\.)[^\s<>"]+/gi;
  for (let m = urlRe.exec(text); m !== null; m = urlRe.exec(text)) {
    const url = m[0].replace(/[.,;:!?'")\]]+$/, '');
    if (url.length > 0) found.push({ type: 'url', offset: m.index, length: url.length });
  }
  const emailRe = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
  for (let m = emailRe.exec(text); m !== null; m = emailRe.exec(text)) {
    if (isWord(text[m.index - 1])) continue;
    found.push({ type: 'email', offset: m.index, length: m[0].length });
  }
}

const OPAQUE = new Set(['code', 'pre', 'text_link', 'text_mention', 'custom_emoji']);

function overlaps(a: TgMessageEntity, b: TgMessageEntity): boolean {
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}

/**
 * Entities Telegram detects by itself (bot commands, mentions, hashtags, URLs, e-mails),
 * merged with `explicit` ones; detected entities never overlap each other or code/pre/links.
 */
export function withAutoEntities(text: string, explicit: TgMessageEntity[]): TgMessageEntity[] {
  const detected: TgMessageEntity[] = [];
  findBotCommands(text, detected);
  findMentions(text, detected);
  findHashtags(text, detected);
  findUrlsAndEmails(text, detected);
  detected.sort((a, b) => a.offset - b.offset || b.length - a.length);
  const kept: TgMessageEntity[] = [];
  for (const entity of detected) {
    if (kept.some((k) => overlaps(k, entity))) continue;
    if (explicit.some((e) => (OPAQUE.has(e.type) || e.type === entity.type) && overlaps(e, entity))) continue;
    kept.push(entity);
  }
  return [...explicit, ...kept].sort((a, b) => a.offset - b.offset || b.length - a.length);
}
