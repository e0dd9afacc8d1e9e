/**
 * What an export of the view writes: the format, named the same in the app's menu and on the
 * command line (`--format edges-csv`), and for PNG the scale and background. The menu's
 * entries and their values are derived here: `png@2x`, `png@2x-transparent`, `svg`, `edges-csv` ….
 */
import { z } from 'zod';

export const ExportFormat = z.enum(['png', 'svg', 'svg-text', 'pptx', 'html', 'graphml', 'gexf', 'edges-csv', 'workload-csv', 'json']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const PngScale = z.union([z.literal(1), z.literal(2), z.literal(4)]);
export type PngScale = z.infer<typeof PngScale>;

export const ExportChoice = z.object({
  format: ExportFormat.default('png'),
  /** PNG only: pixels per point of the 1600×900 picture. */
  scale: PngScale.default(2),
  /** PNG only: no white behind the picture, for a slide with its own background. */
  transparent: z.boolean().default(false),
});
export type ExportChoice = z.infer<typeof ExportChoice>;

export const DEFAULT_EXPORT: Readonly<ExportChoice> = Object.freeze(ExportChoice.parse({}));

/** The menu's entries in order: PNG at every scale, PNG for slides, then one per other format. */
export const EXPORT_CHOICES: readonly ExportChoice[] = [
  ...PngScale.options.map((s) => ExportChoice.parse({ format: 'png', scale: s.value })),
  ExportChoice.parse({ format: 'png', scale: 2, transparent: true }),
  ...ExportFormat.options.filter((f) => f !== 'png').map((format) => ExportChoice.parse({ format })),
];

/** The choice as one word: its format, and for PNG `png@<scale>x[-transparent]`, as the file name ends. */
export function exportChoiceId(choice: ExportChoice): string {
  return choice.format === 'png' ? `png@${choice.scale}x${choice.transparent ? '-transparent' : ''}` : choice.format;
}

/** The choice a word names, or null when it names none. */
export function parseExportChoiceId(id: string): ExportChoice | null {
  const png = /^png@(\d)x(-transparent)?$/.exec(id);
  const parsed = png ? ExportChoice.safeParse({ format: 'png', scale: Number(png[1]), transparent: png[2] !== undefined }) : ExportFormat.safeParse(id).success && id !== 'png' ? ExportChoice.safeParse({ format: id }) : null;
  return parsed?.success ? parsed.data : null;
}
