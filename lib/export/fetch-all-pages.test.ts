import { describe, expect, it } from "vitest";
import { fetchAllPages, type Page } from "./fetch-all-pages";

type Row = { id: string };
const rowsOf = (count: number): Row[] => Array.from({ length: count }, (_, index) => ({ id: `r${index + 1}` }));

/** A paged list over `all`, recording which pages were asked for. */
function pagedList(all: Row[]) {
  const asked: number[] = [];
  const fetchPage = async (page: number, pageSize: number): Promise<Page<Row>> => {
    asked.push(page);
    return { rows: all.slice((page - 1) * pageSize, page * pageSize), total: all.length };
  };
  return { asked, fetchPage };
}

describe("fetchAllPages", () => {
  it("fetches every page once, in order", async () => {
    const all = rowsOf(23);
    const list = pagedList(all);
    const result = await fetchAllPages(list.fetchPage, { pageSize: 5, maxRows: 1000, key: (row) => row.id, concurrency: 2 });
    expect(result).toEqual({ rows: all, total: 23, truncated: false });
    expect([...list.asked].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
  });

  it("stops at the cap and says the export is cut short", async () => {
    const list = pagedList(rowsOf(120));
    const result = await fetchAllPages(list.fetchPage, { pageSize: 25, maxRows: 60, key: (row) => row.id });
    expect(result.rows.map((row) => row.id)).toEqual(rowsOf(60).map((row) => row.id));
    expect(result).toMatchObject({ total: 120, truncated: true });
    expect(Math.max(...list.asked)).toBe(3);
  });

  it("asks for one page when nothing matches", async () => {
    const list = pagedList([]);
    expect(await fetchAllPages(list.fetchPage, { pageSize: 10, maxRows: 100, key: (row) => row.id })).toEqual({ rows: [], total: 0, truncated: false });
    expect(list.asked).toEqual([1]);
  });

  it("keeps one copy of a row pushed onto the next page by a newer one", async () => {
    const all = rowsOf(6);
    let arrived = false;
    const fetchPage = async (page: number, pageSize: number): Promise<Page<Row>> => {
      // A new row arrives at the top after the first page was read.
      const current = arrived ? [{ id: "new" }, ...all] : all;
      arrived = true;
      return { rows: current.slice((page - 1) * pageSize, page * pageSize), total: current.length };
    };
    const result = await fetchAllPages(fetchPage, { pageSize: 3, maxRows: 100, key: (row) => row.id });
    expect(result.rows.map((row) => row.id)).toEqual(["r1", "r2", "r3", "r4", "r5"]);
  });
});
