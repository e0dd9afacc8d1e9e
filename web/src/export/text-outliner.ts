/** What a picture needs of a font: how wide a text is, and its outline as SVG path data. */
export interface TextOutliner {
  width(text: string, size: number): number;
  /** SVG path data of the text with its baseline at (x, baseline). */
  outline(text: string, x: number, baseline: number, size: number): string;
}
