"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/components/ui/link";
import { LINK } from "@/components/home/team-links";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { PersonActions } from "./person-actions";
import { peopleTableFeatures, type Person } from "./people-table-model";

const helper = createColumnHelper<typeof peopleTableFeatures, Person>();

const dataColumns = helper.columns([
  helper.accessor("name", {
    header: "Name",
    // The name leads to the person's training record, which the lead and directors may read.
    cell: (info) => (
      <Link href={`/people/${info.row.original.id}/training`} className={LINK} aria-label={`${info.getValue()}: training record`}>
        {info.getValue()}
      </Link>
    ),
  }),
  helper.accessor("email", { header: "Email" }),
  helper.accessor((person) => ROLE_LABELS[person.role], { id: "role", header: "Role" }),
  helper.accessor((person) => person.teams.map((team) => team.name).join(", "), {
    id: "teams",
    header: "Teams",
    cell: (info) => <TeamList teams={info.row.original.teams} />,
  }),
  helper.accessor((person) => (person.active ? "Active" : "Deactivated"), {
    id: "status",
    header: "Status",
    cell: (info) =>
      info.row.original.active ? (
        <Badge variant="success">Active</Badge>
      ) : (
        <Badge variant="secondary">Deactivated</Badge>
      ),
  }),
]);

const actionsColumn = helper.display({
  id: "actions",
  header: () => <span className="sr-only">Actions</span>,
  enableSorting: false,
  cell: (info) => <PersonActions person={info.row.original} />,
});

export const readOnlyPeopleColumns = dataColumns;
export const managedPeopleColumns = [...dataColumns, actionsColumn];

function TeamList({ teams }: { teams: Person["teams"] }) {
  if (teams.length === 0) return <span className="text-muted-foreground">None</span>;
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1">
      {teams.map((team) => (
        <li key={team.id} className="flex items-center gap-1.5">
          {team.name}
          {team.isLead && <Badge variant="outline">lead</Badge>}
        </li>
      ))}
    </ul>
  );
}
