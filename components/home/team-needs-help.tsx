import { Link } from "@/components/ui/link";
import { HeartHandshake } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { unitOfKind } from "@/components/dashboard/kpi-unit";
import { formatChange, formatCount, formatDay, formatInterval, formatValue } from "@/lib/charts/format";
import { LINK, type TeamLinks } from "./team-links";
import type { TeamPeople } from "./team-people-model";

type Entry = TeamPeople["needsHelp"][number];

const RULE_LABEL: Record<Entry["rules"][number], string> = {
  below_target: "Below target with confidence",
  declined: "Declined significantly",
};
const TARGET_OF: Record<Entry["target"]["source"], string> = { person: "their own target", team: "the team's target", organisation: "the organisation's target" };

/**
 * Who needs help, and why: each person with the KPIs that put them on the list, each with its
 * evidence and links to the touch point and to the person's responses there.
 */
export function TeamNeedsHelp({ data, links }: { data: TeamPeople; links: TeamLinks }) {
  const comparisons = data.rows.filter((row) => row.change !== null).length;
  const people = groupByPerson(data.needsHelp);
  return (
    <div className="grid gap-4">
      <p className="text-sm text-muted-foreground">
        Listed when a KPI is <strong className="font-medium text-foreground">below the person&apos;s target with confidence</strong>: on at least the KPI&apos;s minimum sample, even the
        better end of its 95% interval misses the target. Or when it <strong className="font-medium text-foreground">declined significantly</strong> since the
        period before ({formatDay(data.previous.from, true)} – {formatDay(data.previous.to, true)}; at 95% after Benjamini-Hochberg over the team&apos;s{" "}
        {comparisons === 1 ? "1 comparison" : `${comparisons} comparisons`}). A figure marked &ldquo;Below
        target&rdquo; in the table whose interval still reaches the target is not listed: with so few answers it may be chance.
      </p>
      {people.length === 0 ? (
        <EmptyState
          icon={<HeartHandshake />}
          title="No one is below target with confidence, and no one declined significantly"
          description="Figures below target whose intervals still reach it are in the table below; more answers will tell."
        />
      ) : (
        <ul aria-label="People who need help" className="grid gap-3">
          {people.map(([personId, entries]) => (
            <li key={personId} className="grid gap-2 rounded-md border px-3 py-2">
              <Link href={links.responses(personId)} className={`${LINK} w-fit`} aria-label={`${entries[0]!.personName}: their responses`}>
                {entries[0]!.personName}
              </Link>
              <ul className="grid gap-1.5">
                {entries.map((entry) => (
                  <Evidence key={entry.kpiId} entry={entry} links={links} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Evidence({ entry, links }: { entry: Entry; links: TeamLinks }) {
  const unit = unitOfKind(entry.kind);
  return (
    <li className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm" data-needs-help={entry.kpiName}>
      <Link href={links.touchPoint(entry.touchPointId)} className={LINK}>
        {entry.touchPointName}
      </Link>
      {!entry.kpiName.startsWith(entry.touchPointName) && <span className="text-muted-foreground">{entry.kpiName}</span>}
      {entry.rules.map((rule) => (
        <Badge key={rule} variant="outline">
          {RULE_LABEL[rule]}
        </Badge>
      ))}
      {entry.value !== null && (
        <span className="text-muted-foreground">
          <Link
            href={links.responses(entry.personId, entry.touchPointId)}
            className={`${LINK} text-foreground tabular-nums`}
            aria-label={`${formatValue(entry.value, unit)}: ${entry.personName}'s responses at ${entry.touchPointName}`}
          >
            {formatValue(entry.value, unit)}
          </Link>
          {entry.interval && <> (95% interval {formatInterval(entry.interval.low, entry.interval.high, unit)})</>}, n&nbsp;=&nbsp;{formatCount(entry.n)}, against {TARGET_OF[entry.target.source]} of{" "}
          {formatValue(entry.target.target, unit)}
          {entry.decline && "."}
        </span>
      )}
      {entry.decline && (
        <span className="text-muted-foreground">
          Change on the previous period <span className="font-medium text-foreground tabular-nums">{formatChange(entry.decline.change, unit)}</span> (95% interval{" "}
          {formatInterval(entry.decline.interval.low, entry.decline.interval.high, unit, true)})
        </span>
      )}
    </li>
  );
}

function groupByPerson(entries: readonly Entry[]): [string, Entry[]][] {
  const byPerson = new Map<string, Entry[]>();
  for (const entry of entries) byPerson.set(entry.personId, [...(byPerson.get(entry.personId) ?? []), entry]);
  return [...byPerson];
}
