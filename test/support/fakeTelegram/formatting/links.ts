/**
 * Roughly TDLib's get_checked_link: returns the normalized URL or undefined when
 * Telegram would drop the link. Links without a scheme get "http://".
 */
export function checkedLink(raw: string): string | undefined {
  const link = raw.trim();
  if (link === '' || /\s/.test(link)) return undefined;
  const schemeMatch = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(link);
  const scheme = schemeMatch?.[1]?.toLowerCase();
  if (scheme === 'tg' || scheme === 'ton') return link.includes('://') ? link : undefined;
  const withScheme = scheme === undefined || !link.includes('//') ? `http://${link}` : link;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'ftp:') return undefined;
  if (url.hostname === '' || !url.hostname.includes('.') && url.hostname !== 'localhost') return undefined;
  return url.href;
}

/** Inline keyboard button URLs: http(s) and tg:// links only. */
export function isValidButtonUrl(raw: string): boolean {
  const schemeMatch = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(raw);
  const scheme = schemeMatch?.[1]?.toLowerCase();
  if (scheme === 'tg') return raw.length > 5;
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return false;
  return checkedLink(raw) !== undefined;
}
