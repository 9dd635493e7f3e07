// Articles the verified legal reference (shared/reference/legal-catalogue.md) marks UNVERIFIED: never cite them.
// Vendored so the check also runs where the reference is absent; a unit test keeps this list equal to the
// reference whenever the file is present. Instrument keys outside the catalogue name the reference's sections.
export interface UnverifiedArticle {
  instrument: string;
  article: string;
  why: string;
}

export const UNVERIFIED_ARTICLES: readonly UnverifiedArticle[] = [
  { instrument: 'CBDF', article: '3', why: 'exemptions: split across Arts. 3/4/5 not confirmed' },
  { instrument: 'CBDF', article: '4', why: 'exemptions: split across Arts. 3/4/5 not confirmed' },
  { instrument: 'CBDF', article: '5', why: 'exemptions: split across Arts. 3/4/5 not confirmed' },
  { instrument: 'OUTBOUND-ASSESSMENT', article: '5', why: 'CAC Order 11 self-assessment article not read' },
  { instrument: 'OUTBOUND-ASSESSMENT', article: '12', why: 'CAC Order 11 validity article not read' },
  { instrument: 'STANDARD-CONTRACT', article: '5', why: 'CAC Order 13 PIPIA article not read' },
  { instrument: 'STANDARD-CONTRACT', article: '7', why: 'CAC Order 13 filing article number not confirmed' },
  { instrument: 'EU-AI-ACT', article: '5', why: 'lettering of the prohibitions not confirmed' },
  { instrument: 'EU-AI-ACT', article: '55', why: 'not read' },
];

export function isUnverifiedArticle(instrument: string, article: string): boolean {
  return UNVERIFIED_ARTICLES.some((u) => u.instrument === instrument && u.article === article);
}
