import { describe, expect, it } from "vitest";
import {
  columnFilteringFeature,
  columnVisibilityFeature,
  constructTable,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
} from "@tanstack/react-table";
// Transitive through @tanstack/react-table: the vanilla bindings run a table outside React.
import { storeReactivityBindings } from "@tanstack/table-core/store-reactivity-bindings";
import { tableCsvData } from "./table-csv";

type Person = { id: string; name: string; score: number; teams: string[] };

const features = tableFeatures({
  coreReactivityFeature: storeReactivityBindings(),
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
  filterFns: { includesString: filterFn_includesString },
});
const helper = createColumnHelper<typeof features, Person>();
const columns = helper.columns([
  helper.accessor("name", { header: "Name" }),
  helper.accessor("score", { header: "Score" }),
  // As in the people table: a text value, so the global filter searches it.
  helper.accessor((person) => person.teams.join(", "), { id: "teams", header: "Teams" }),
  helper.accessor("id", { header: "Id" }),
  helper.display({ id: "actions", header: "Actions" }),
]);
const people: Person[] = [
  { id: "1", name: "Zoë", score: -2, teams: ["Cabin Crew", "Ground"] },
  { id: "2", name: "Ada", score: 9, teams: [] },
  { id: "3", name: "Grace", score: 7, teams: ["Ground"] },
];

function table(state: { globalFilter?: string; sorting?: { id: string; desc: boolean }[]; columnVisibility?: Record<string, boolean> }) {
  return constructTable({
    features,
    columns,
    data: people,
    getRowId: (person) => person.id,
    state,
    globalFilterFn: "includesString",
  });
}

describe("tableCsvData", () => {
  it("exports the rows of the current view, in its order, with the visible value columns", () => {
    const view = table({ globalFilter: "Ground", sorting: [{ id: "name", desc: false }], columnVisibility: { id: false } });
    expect(tableCsvData(view)).toEqual({
      headers: ["Name", "Score", "Teams"],
      rows: [
        ["Grace", 7, "Ground"],
        ["Zoë", -2, "Cabin Crew, Ground"],
      ],
    });
  });

  it("leaves display-only columns out and keeps every row without a filter", () => {
    const data = tableCsvData(table({}));
    expect(data.headers).toEqual(["Name", "Score", "Teams", "Id"]);
    expect(data.rows).toHaveLength(3);
  });
});
