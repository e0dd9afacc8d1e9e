/**
 * File names that say what a file holds, distinct for every option:
 * `<plan>-<view>-min<N>[-<filter>]@<scale>x[-transparent].<ext>` for pictures, the same
 * without the scale for network data, and the plan alone for what does not depend on the view.
 */
import type { NetworkFilters } from '../graph/network-model';
import type { ViewName } from '../state/view-slice';
import { ExportFormat } from '../state/export-choice';

// The formats are named once, with the view's other settings (state/export-choice.ts).
export { ExportFormat };

export interface FileNameParts {
  plan: string;
  view: ViewName;
  filters: NetworkFilters;
  format: ExportFormat;
  /** PNG only: 1, 2 or 4; other pictures are drawn at 1×. */
  scale?: number;
  transparent?: boolean;
}

/** The filters other than the threshold, short: `lead`, `s2+5`, `department+court`. */
function filterPart(filters: NetworkFilters): string {
  return [
    filters.roles === 'lead' ? 'lead' : '',
    filters.sections.length > 0 ? `s${[...filters.sections].sort((a, b) => a - b).join('+')}` : '',
    filters.kinds.length > 0 ? [...filters.kinds].sort().join('+') : '',
  ]
    .filter(Boolean)
    .map((part) => `-${part}`)
    .join('');
}

export function exportFileName(parts: FileNameParts): string {
  const view = `${parts.plan}-${parts.view}-min${parts.filters.minShared}${filterPart(parts.filters)}`;
  switch (parts.format) {
    case 'png':
      return `${view}@${parts.scale ?? 2}x${parts.transparent ? '-transparent' : ''}.png`;
    case 'svg':
      return `${view}@1x.svg`;
    case 'svg-text':
      return `${view}@1x-text.svg`;
    case 'pptx':
      return `${view}@1x.pptx`;
    case 'graphml':
    case 'gexf':
    case 'html':
      return `${view}.${parts.format}`;
    case 'edges-csv':
      return `${view}-edges.csv`;
    case 'workload-csv':
      return `${parts.plan}-workload.csv`;
    case 'json':
      return `${parts.plan}.json`;
  }
}
