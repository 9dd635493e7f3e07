// Pure text of the status bar item: finding count and, once the checklist knows it, the estimated AI Law tier.
import type { Translate } from './codeActions/plan';

export type Tier = 'unacceptable' | 'high' | 'limited' | 'low';

export function tierLabel(tier: Tier, t: Translate): string {
  switch (tier) {
    case 'unacceptable':
      return t('unacceptable risk');
    case 'high':
      return t('high risk');
    case 'limited':
      return t('limited risk');
    case 'low':
      return t('low risk');
  }
}

export interface StatusView {
  text: string;
  tooltip: string;
}

export function statusView(count: number, tier: Tier | undefined, scanning: boolean, t: Translate): StatusView {
  const icon = scanning ? '$(sync~spin)' : '$(law)';
  const text = tier ? `${icon} ${count} · ${tierLabel(tier, t)}` : `${icon} ${count}`;
  const lines = [count === 1 ? t('AI Law Lens: 1 finding') : t('AI Law Lens: {0} findings', count)];
  if (tier) {
    lines.push(t('Estimated AI Law tier (proposal, not law in force): {0}', tierLabel(tier, t)));
  }
  lines.push(t('Click to open the compliance checklist'));
  return { text, tooltip: lines.join('\n') };
}
