import type { LmsColumn } from "@/lib/schemas/training-imports";

export type LmsMapping = Record<LmsColumn, number | null>;

const normalise = (header: string) => header.trim().toLowerCase().replace(/[_\-.]+/g, " ").replace(/\s+/g, " ");

// Header names LMS exports use for each column, most specific first.
const PATTERNS: Record<LmsColumn, RegExp[]> = {
  email: [/^(user |learner |person |employee )?e ?mail( address)?$/, /e ?mail/, /^login$|^username$/],
  course: [/^course ?id$/, /^(course|activity|module|learning item|item) (id|code|ref(erence)?)$/, /^external id$/, /^(course|module|training)( (title|name))?$/, /^title$/, /course|module|activity/],
  completedAt: [/^(completion|completed|finished|end) ?(date|at|on|time)?$/, /^date completed$/, /complet(ed|ion)/, /^date$/],
  status: [/^(completion |course |enrollment |enrolment )?status$/, /^result$/, /status|result/],
  score: [/^(final |course )?score( %| percent(age)?)?$/, /^grade$/, /score|grade|percent/],
};

/** Which column holds what, guessed from the header names; each column used once. */
export function guessLmsMapping(header: string[]): LmsMapping {
  const names = header.map(normalise);
  const taken = new Set<number>();
  const mapping = { email: null, course: null, completedAt: null, status: null, score: null } as LmsMapping;
  for (const column of ["email", "completedAt", "status", "score", "course"] as const) {
    for (const pattern of PATTERNS[column]) {
      const index = names.findIndex((name, i) => !taken.has(i) && pattern.test(name));
      if (index >= 0) {
        mapping[column] = index;
        taken.add(index);
        break;
      }
    }
  }
  return mapping;
}

/** The columns still missing; the score may be left out. */
export function missingLmsColumns(mapping: LmsMapping): LmsColumn[] {
  return (["email", "course", "completedAt", "status"] as const).filter((column) => mapping[column] === null);
}
