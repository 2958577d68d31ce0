import type { CsvRow } from "@/lib/import/records";
import { unit } from "./skyward-comments";
import { skywardEmail, SKYWARD_TEAMS, SKYWARD_TOUCH_POINT_DEFINITIONS } from "./skyward-data";
import { SIMULATED_EFFECT_MODULE, SKYWARD_COMPLETIONS, SKYWARD_MODULES } from "./skyward-training-data";

/**
 * The one pattern the demo simulates (docs/demo.md, "Training"): after a crew member completes
 * "Calm under pressure", a share of the satisfied passengers (a rating of 4 or 5) at the module's
 * touch points is credited to a crew member who has completed it by that day, instead of to the
 * one the hash picked. No answer changes: only who is credited with it, which the survey does not
 * say anyway. Trained crew therefore collect more good answers after their completion, and the
 * others a few fewer: an effect the impact estimate should find. Nothing else is simulated.
 */
const REDIRECTED_SHARE = 0.3;

/**
 * For a survey row's answer at a touch point, the email of the trained crew member it is credited
 * to, or null to keep the ordinary attribution. `header`: the survey's column names.
 */
export function simulatedTrainingEffect(header: string[]) {
  const trainingModule = SKYWARD_MODULES.find((m) => m.title === SIMULATED_EFFECT_MODULE)!;
  const servedPoints = new Set(trainingModule.touchPoints);
  const columnIndex = new Map(
    SKYWARD_TOUCH_POINT_DEFINITIONS.filter((tp) => servedPoints.has(tp.name)).map((tp) => [tp.name, header.indexOf(tp.column)]),
  );
  const emailOf = new Map(SKYWARD_TEAMS.flatMap((team) => team.frontline.map((person) => [person.name, skywardEmail(person)])));
  const completions = SKYWARD_COMPLETIONS.filter((c) => c.module === SIMULATED_EFFECT_MODULE && c.outcome !== "failed").map((c) => ({
    email: emailOf.get(c.person)!,
    daysAgo: c.daysAgo,
  }));

  return (touchPointName: string, row: CsvRow, answerDaysAgo: number): string | null => {
    const index = columnIndex.get(touchPointName);
    if (index === undefined || index < 0) return null;
    const rating = Number(row.cells[index]);
    if (!(rating >= 4)) return null;
    // Completed on an earlier day than the answer (more days ago).
    const trained = completions.filter((c) => c.daysAgo > answerDaysAgo);
    if (trained.length === 0 || unit(`calm:${row.cells[0]}:${row.line}:${touchPointName}`) >= REDIRECTED_SHARE) return null;
    return trained[Math.floor(unit(`calm-who:${row.cells[0]}:${row.line}`) * trained.length)]!.email;
  };
}
