/** The /start payload of a building's QR code: "b_<code>" or "b_<code>_<staircase>" (Telegram allows A-Z a-z 0-9 _ -). */
const PAYLOAD = /^b_([A-Za-z0-9-]{1,40})(?:_([A-Za-z0-9]{1,4}))?$/;

export function buildingDeepLink(botUsername: string, code: string, staircase?: string): string {
  return `https://t.me/${botUsername}?start=b_${code}${staircase ? `_${staircase}` : ''}`;
}

export function parseBuildingPayload(payload: string): { code: string; staircase?: string } | undefined {
  const match = PAYLOAD.exec(payload);
  return match ? { code: match[1]!, staircase: match[2] } : undefined;
}
