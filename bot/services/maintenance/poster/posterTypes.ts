/** The words of one language on a poster. */
export interface PosterText {
  language: string;
  rtl: boolean;
  title: string;
  lines: string[];
}

export interface PosterInput {
  /** Encoded in the QR code, e.g. "https://t.me/CasaAlerBot?start=b_SS-0012_B". */
  deepLink: string;
  /** The place, in Latin script, e.g. "Via Preneste 5 · Scala B". */
  heading: string;
  /** The building or staircase code, printed small, e.g. "SS-0012 B". */
  code: string;
  /** One or two entries; the first is always Italian. */
  texts: PosterText[];
}
