import type { TFunction } from 'i18next';
import { REPORT_CATEGORIES, type ReportCategory } from '../../../dialogs/maintenance/reportDesk';

/** A service type as GeoReport v2's GET services describes it. */
export type GeoReportService = {
  service_code: string;
  service_name: string;
  description: string;
  metadata: false;
  type: 'realtime';
  keywords: string;
  group: string;
};

const GROUP = 'manutenzione';

/** What each category covers and the words people use for it, in Italian. */
const CATALOGUE: Record<ReportCategory, { description: string; keywords: string[] }> = {
  water: { description: "Perdite d'acqua, tubi rotti, scarichi intasati, mancanza d'acqua.", keywords: ['acqua', 'perdita', 'tubo', 'scarico', 'allagamento'] },
  heating: { description: 'Riscaldamento spento o insufficiente, termosifoni freddi, acqua calda.', keywords: ['riscaldamento', 'termosifone', 'calorifero', 'caldaia', 'acqua calda'] },
  electrical: { description: 'Luci delle parti comuni spente, prese, interruttori o quadri elettrici guasti.', keywords: ['luce', 'corrente', 'lampadina', 'presa', 'quadro elettrico'] },
  lift: { description: 'Ascensore fermo, guasto o rumoroso.', keywords: ['ascensore', 'elevatore', 'bloccato'] },
  doors: { description: 'Portoni, porte, cancelli e serrature che non chiudono o non aprono.', keywords: ['porta', 'portone', 'cancello', 'serratura', 'chiave'] },
  intercom: { description: 'Citofono, videocitofono o campanelli guasti.', keywords: ['citofono', 'videocitofono', 'campanello'] },
  damp: { description: 'Umidità, muffa e infiltrazioni.', keywords: ['umidità', 'muffa', 'infiltrazione', 'condensa'] },
  pests: { description: 'Topi, scarafaggi, piccioni e altri animali infestanti.', keywords: ['topi', 'scarafaggi', 'blatte', 'piccioni', 'disinfestazione'] },
  common: { description: 'Scale, cortili, cantine, tetto e altre parti comuni dello stabile.', keywords: ['scale', 'cortile', 'cantina', 'tetto', 'parti comuni'] },
  other: { description: 'Guasti che non rientrano nelle altre categorie.', keywords: ['altro', 'guasto'] },
};

/** Emoji and the marks that join them, as the chat buttons begin. */
const LEADING_EMOJI = /^(?:[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D]|\s)+/u;

/** The Italian name of a category as plain text (the chat's names start with an emoji). */
export function serviceName(t: TFunction, category: ReportCategory): string {
  return t(`maintenance:category.${category}`).replace(LEADING_EMOJI, '');
}

/** The ten report categories as GeoReport services; `t` gives the Italian names. */
export function geoReportServices(t: TFunction): GeoReportService[] {
  return REPORT_CATEGORIES.map((category) => ({
    service_code: category,
    service_name: serviceName(t, category),
    description: CATALOGUE[category].description,
    metadata: false,
    type: 'realtime',
    keywords: CATALOGUE[category].keywords.join(', '),
    group: GROUP,
  }));
}
