/**
 * A column heading that sorts its table: a button that says its direction with ▼ or ▲ when
 * the table is sorted by it, and aria-sort for screen readers. Which way a click turns the
 * order is the table's own choice (`onSort`).
 */
import type { ThHTMLAttributes } from 'react';

interface SortHeaderProps extends Omit<ThHTMLAttributes<HTMLTableCellElement>, 'onClick'> {
  label: string;
  /** Whether the table is sorted by this column, and which way. */
  sorted: boolean;
  descending: boolean;
  onSort: () => void;
}

export function SortHeader({ label, sorted, descending, onSort, ...cell }: SortHeaderProps) {
  return (
    <th {...cell} aria-sort={sorted ? (descending ? 'descending' : 'ascending') : 'none'}>
      <button className="sort-button" onClick={onSort}>
        {label + (sorted ? (descending ? ' ▼' : ' ▲') : '')}
      </button>
    </th>
  );
}
