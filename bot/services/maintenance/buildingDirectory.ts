import type { Db } from '../../db/prismaClient';
import type { BuildingView } from '../../../dialogs/maintenance/reportDesk';

interface BuildingRow {
  id: string;
  code: string;
  address: string;
  neighbourhoodId: string;
  staircases: string;
  floors: number | null;
}

export function buildingView(row: BuildingRow): BuildingView {
  return {
    id: row.id,
    code: row.code,
    address: row.address,
    neighbourhoodId: row.neighbourhoodId,
    staircases: splitStaircases(row.staircases),
    ...(row.floors !== null ? { floors: row.floors } : {}),
  };
}

export function splitStaircases(staircases: string): string[] {
  return staircases.split(',').map((name) => name.trim()).filter((name) => name.length > 0);
}

/** Words that say nothing about which street: "via", "viale"…, their abbreviations, and articles (also elided: "dell'"). */
const STREET_WORDS = new Set(['via', 'v', 'viale', 'vle', 'piazza', 'p', 'pza', 'piazzale', 'corso', 'c', 'so', 'largo', 'vicolo', 'strada', 'alzaia', 'di', 'de', 'del', 'della', 'dei', 'degli', 'delle', 'dello', 'dell', 'd', 'l', 'all', 'alla', 'san', 's']);

/** Lower case, no accents, no punctuation: "Via dell'Aretusa, 12" → ["aretusa", "12"] (street words dropped). */
export function addressWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0 && !STREET_WORDS.has(word));
}

/** True when every word the tenant typed starts a word of the address ("missaglia 51" matches "Via dei Missaglia 51"). */
export function addressMatches(typed: string, address: string): boolean {
  const wanted = addressWords(typed);
  const words = addressWords(address);
  return wanted.length > 0 && wanted.every((word) => words.some((candidate) => (/^\d+$/.test(word) ? candidate === word : candidate.startsWith(word))));
}

/** The buildings, as tenants find them: by QR code, by neighbourhood, by a typed address. */
export class BuildingDirectory {
  constructor(private readonly db: Db) {}

  async byCode(code: string): Promise<BuildingView | undefined> {
    const row = await this.db.building.findUnique({ where: { code } });
    return row ? buildingView(row) : undefined;
  }

  async byId(id: string): Promise<BuildingView | undefined> {
    const row = await this.db.building.findUnique({ where: { id } });
    return row ? buildingView(row) : undefined;
  }

  async find(neighbourhoodId: string, text?: string): Promise<BuildingView[]> {
    const rows = await this.db.building.findMany({ where: { neighbourhoodId }, orderBy: { address: 'asc' } });
    const matching = text === undefined ? rows : rows.filter((row) => addressMatches(text, row.address));
    return matching.map(buildingView);
  }
}
