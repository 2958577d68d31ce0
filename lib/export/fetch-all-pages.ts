export type Page<Row> = { rows: Row[]; total: number };

export type AllPages<Row> = {
  rows: Row[];
  /** How many rows matched when the export began. */
  total: number;
  /** True when more rows matched than `maxRows` and only the first `maxRows` were fetched. */
  truncated: boolean;
};

/**
 * Every page of a paged list, up to `maxRows` rows: the first page says how many there are, the
 * rest are fetched a few at a time. Rows that arrive during the export push older rows onto the
 * next page, so a row can come twice: `key` keeps its first copy.
 */
export async function fetchAllPages<Row>(
  fetchPage: (page: number, pageSize: number) => Promise<Page<Row>>,
  { pageSize, maxRows, key, concurrency = 4 }: { pageSize: number; maxRows: number; key: (row: Row) => string; concurrency?: number },
): Promise<AllPages<Row>> {
  const first = await fetchPage(1, pageSize);
  const wanted = Math.min(first.total, maxRows);
  const pageCount = Math.ceil(wanted / pageSize);
  const pages: Row[][] = [first.rows];
  for (let start = 2; start <= pageCount; start += concurrency) {
    const batch = Array.from({ length: Math.min(concurrency, pageCount - start + 1) }, (_, index) => fetchPage(start + index, pageSize));
    for (const page of await Promise.all(batch)) pages.push(page.rows);
  }
  const seen = new Set<string>();
  const rows = pages.flat().filter((row) => {
    const id = key(row);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return { rows: rows.slice(0, maxRows), total: first.total, truncated: first.total > maxRows };
}
