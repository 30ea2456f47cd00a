/**
 * A series colour as a CSS value: ChatKit's chart tokens pick a slot of the chart palette
 * (`--ck-chart-1` … `--ck-chart-8`, light and dark defaults in chartStyles); anything else goes
 * through the one colour validator; a refused or missing colour takes the next palette slot.
 */
import { cssColor } from '../style/css-values.js';

export const CHART_PALETTE_SIZE = 8;
const CHART_TOKENS: Readonly<Record<string, number>> = {
  blue: 1, purple: 2, orange: 3, green: 4, red: 5, yellow: 6, pink: 7, teal: 8,
};

export function paletteColor(slot: number): string {
  return `var(--ck-chart-color-${slot})`;
}

export function seriesColor(value: unknown, index: number): string {
  if (typeof value === 'string' && Object.prototype.hasOwnProperty.call(CHART_TOKENS, value)) {
    return paletteColor(CHART_TOKENS[value]!);
  }
  return cssColor(value, 'any') ?? paletteColor((index % CHART_PALETTE_SIZE) + 1);
}
