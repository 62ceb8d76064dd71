/**
 * Renders rows as a GitHub-flavoured Markdown table from column definitions
 * (header, alignment, how to get the cell from a row).
 */

export type Align = 'left' | 'right';

export interface Column<Row> {
  header: string;
  align?: Align;
  cell: (row: Row) => string;
}

/** Escapes characters that would break a table cell. */
export function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Builds the table; cells are padded so the raw text lines up too. */
export function columnsTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const cells = rows.map((row) => columns.map((column) => escapeCell(column.cell(row))));
  const widths = columns.map((column, i) =>
    Math.max(3, column.header.length, ...cells.map((line) => line[i]!.length)),
  );
  const pad = (text: string, i: number) =>
    columns[i]!.align === 'right' ? text.padStart(widths[i]!) : text.padEnd(widths[i]!);
  const line = (values: readonly string[]) => `| ${values.map(pad).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (columns[i]!.align === 'right' ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [line(columns.map((column) => escapeCell(column.header))), rule, ...cells.map(line)].join('\n');
}

/** Formats a 0–1 ratio as a fixed 3-decimal number, "–" when missing. */
export function fixed3(value: number | null | undefined): string {
  return value == null || Number.isNaN(value) ? '–' : value.toFixed(3);
}
