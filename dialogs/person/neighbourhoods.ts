import type { TFunction } from 'i18next';

/** Neighbourhood ids (prisma/seed/neighbourhoods.json) → their common:neighbourhood.* text keys. */
const KEYS: Record<string, string> = {
  gratosoglio: 'common:neighbourhood.gratosoglio',
  mazzini: 'common:neighbourhood.mazzini',
  'molise-calvairate': 'common:neighbourhood.moliseCalvairate',
  'san-siro': 'common:neighbourhood.sanSiro',
};

export const NEIGHBOURHOOD_IDS = Object.keys(KEYS);

export function neighbourhoodLabel(t: TFunction, neighbourhoodId: string | undefined): string {
  const key = neighbourhoodId ? KEYS[neighbourhoodId] : undefined;
  return key ? t(key) : (neighbourhoodId ?? '');
}

export function isKnownNeighbourhood(id: unknown): id is string {
  return typeof id === 'string' && id in KEYS;
}
