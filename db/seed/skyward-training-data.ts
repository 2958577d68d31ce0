import type { AssignmentStatus, TrainingCategory, TrainingRecordOutcome } from "@/lib/domain/training";
import type { SkywardTeamName } from "./skyward-data";

/**
 * Skyward's training, as data: modules of the three kinds, who completed what and where the
 * result came from (the LMS's CSV export, its xAPI statements, or an assignment done in the app),
 * assignments in every state, and coaching sessions. Days are counted back from the seed's day,
 * inside the survey's 120 days, so each completion has weeks of answers before and after it.
 * docs/demo.md says which pattern is simulated (one module's effect) and how.
 */

export type SkywardModule = {
  title: string;
  category: TrainingCategory;
  skills: string[];
  touchPoints: string[];
  durationMinutes: number;
  description: string;
  content: string;
  /** The course id in Skyward's LMS (CSV exports use it; xAPI statements use courseIri). */
  externalId: string | null;
  /** A team lead's module for their own team; otherwise the organisation's. */
  team?: SkywardTeamName;
  retired?: boolean;
};

/** The LMS names its courses by IRI in xAPI statements; a director mapped these once. */
export const courseIri = (externalId: string) => `https://lms.skyward.example/courses/${externalId}`;

/** The module whose effect on later answers the seed simulates (docs/demo.md, "Training"). */
export const SIMULATED_EFFECT_MODULE = "Calm under pressure";
/** A module completed as widely, with nothing simulated: its impact is whatever the survey gives. */
export const NO_EFFECT_MODULE = "Brand promise basics";

export const SKYWARD_MODULES: readonly SkywardModule[] = [
  {
    title: SIMULATED_EFFECT_MODULE,
    category: "personal",
    skills: ["Staying calm", "De-escalation", "Reading a passenger's mood"],
    touchPoints: ["On-board service", "In-flight service"],
    durationMinutes: 45,
    description:
      "Noticing one's own reactions when a passenger is angry or anxious, and answering the person rather than the tone. " +
      "Demo note: the seed simulates an effect of this module on later answers (docs/demo.md).",
    content: [
      "## Why it matters",
      "A passenger who is shouting about a missed connection is rarely angry at *you*. The first ten seconds decide whether the conversation calms down or escalates.",
      "",
      "## What you will practise",
      "1. Notice your own reaction: a tight voice, a defensive sentence ready to go.",
      "2. Name what the passenger needs, not what they said: *\"You need to know you'll get home tonight.\"*",
      "3. Offer one concrete next step, and do it.",
      "",
      "> Procedures never anticipate every customer. Understanding does.",
    ].join("\n"),
    externalId: "SKY-PER-101",
  },
  {
    title: NO_EFFECT_MODULE,
    category: "organisational",
    skills: ["Skyward's promise", "Who our passengers are"],
    touchPoints: ["Cabin cleanliness"],
    durationMinutes: 30,
    description: "What Skyward promises at each moment of the trip, and why passengers choose us.",
    content: [
      "## Our promise",
      "Every touch point has a promise: what the passenger should experience there. Read them on the journey map.",
      "",
      "- **Board:** the cabin is clean when you board and stays clean.",
      "- **Throughout:** a tidy cabin tells passengers the rest of the aircraft is cared for too.",
    ].join("\n"),
    externalId: "SKY-ORG-110",
  },
  {
    title: "Clear words at the desk",
    category: "professional",
    skills: ["Plain language", "Explaining fees", "Handing over a problem"],
    touchPoints: ["Check-in"],
    durationMinutes: 40,
    description: "Explaining baggage rules, fees and rebooking at the desk in plain words, face to face.",
    content: "## At the desk\n\nSay the rule, the reason and the option in one breath: *\"Your bag is 3 kg over; that's €30, or we can move things to your cabin bag.\"*",
    externalId: "SKY-PRO-201",
  },
  {
    title: "Owning the bag problem",
    category: "personal",
    skills: ["Ownership", "Following up"],
    touchPoints: ["Baggage handling"],
    durationMinutes: 30,
    description: "When a bag is late or damaged, the passenger meets one person who owns the problem until it is solved.",
    content: "## One owner\n\nGive your name, the reference and the next time you will call. Then call.",
    externalId: "SKY-PER-130",
  },
  {
    title: "Writing to upset customers",
    category: "professional",
    skills: ["Written tone", "Apologising without excuses"],
    touchPoints: ["Departure/arrival time convenience"],
    durationMinutes: 35,
    description: "Email and chat replies about schedule changes and disruption.",
    content: "## In writing\n\nLead with what you will do, then why. Never paste a policy paragraph.",
    externalId: "SKY-PRO-220",
  },
  {
    title: "Galley teamwork",
    category: "professional",
    skills: ["Service flow", "Dividing the cabin"],
    touchPoints: ["Food and drink"],
    durationMinutes: 20,
    description: "Grace Nolan's module for Cabin Crew: running the meal service as one team.",
    content: "## One service, one team\n\nAgree who starts from the front and who from the back before the seat-belt sign goes off.",
    externalId: null,
    team: "Cabin Crew",
  },
  {
    title: "Legacy check-in system",
    category: "professional",
    skills: ["Departure control system"],
    touchPoints: ["Check-in"],
    durationMinutes: 60,
    description: "The check-in system Skyward used until this year; retired, its records kept.",
    content: "Retired: the system it teaches is gone.",
    externalId: "SKY-OLD-001",
    retired: true,
  },
];

export type SkywardCompletion = {
  module: string;
  person: string;
  daysAgo: number;
  /** Where the record comes from: the LMS's CSV export, its xAPI statements, or an assignment done in the app. */
  via: "lms_csv" | "xapi" | "assignment";
  outcome: TrainingRecordOutcome;
  score: number | null;
  reflection?: string;
};

/** Staggered over weeks, so the stacked comparison has both sides at every completion. */
export const SKYWARD_COMPLETIONS: readonly SkywardCompletion[] = [
  { module: SIMULATED_EFFECT_MODULE, person: "Chloe Dubois", daysAgo: 84, via: "lms_csv", outcome: "completed", score: 88 },
  { module: SIMULATED_EFFECT_MODULE, person: "Mateo Rossi", daysAgo: 80, via: "xapi", outcome: "passed", score: 90 },
  { module: SIMULATED_EFFECT_MODULE, person: "Noah Fischer", daysAgo: 76, via: "lms_csv", outcome: "completed", score: 79 },
  { module: SIMULATED_EFFECT_MODULE, person: "Amara Osei", daysAgo: 72, via: "xapi", outcome: "passed", score: 94 },
  { module: SIMULATED_EFFECT_MODULE, person: "Liam Byrne", daysAgo: 66, via: "lms_csv", outcome: "completed", score: 71 },
  {
    module: SIMULATED_EFFECT_MODULE,
    person: "Sara Lindqvist",
    daysAgo: 60,
    via: "assignment",
    outcome: "completed",
    score: 85,
    reflection: "I used to answer the complaint. Now I answer the person: it ends sooner and better.",
  },
  { module: SIMULATED_EFFECT_MODULE, person: "Diego Herrera", daysAgo: 54, via: "xapi", outcome: "completed", score: null },
  { module: NO_EFFECT_MODULE, person: "Hannah Schmidt", daysAgo: 86, via: "lms_csv", outcome: "completed", score: 92 },
  { module: NO_EFFECT_MODULE, person: "Zara Ahmed", daysAgo: 81, via: "lms_csv", outcome: "completed", score: 80 },
  { module: NO_EFFECT_MODULE, person: "Felix Wagner", daysAgo: 75, via: "xapi", outcome: "passed", score: 77 },
  { module: NO_EFFECT_MODULE, person: "Nina Kowalski", daysAgo: 70, via: "lms_csv", outcome: "completed", score: 83 },
  {
    module: NO_EFFECT_MODULE,
    person: "Ethan Brooks",
    daysAgo: 64,
    via: "assignment",
    outcome: "completed",
    score: 90,
    reflection: "Reading the promises made me see the cabin as the passenger does when they board.",
  },
  { module: NO_EFFECT_MODULE, person: "Chloe Dubois", daysAgo: 58, via: "lms_csv", outcome: "completed", score: 86 },
  { module: NO_EFFECT_MODULE, person: "Mateo Rossi", daysAgo: 52, via: "xapi", outcome: "completed", score: null },
  { module: NO_EFFECT_MODULE, person: "Liam Byrne", daysAgo: 49, via: "xapi", outcome: "failed", score: 45 },
  { module: "Clear words at the desk", person: "Sofia Alvarez", daysAgo: 70, via: "lms_csv", outcome: "completed", score: 82 },
  { module: "Clear words at the desk", person: "James Whitfield", daysAgo: 62, via: "lms_csv", outcome: "passed", score: 75 },
  {
    module: "Owning the bag problem",
    person: "Yuki Tanaka",
    daysAgo: 30,
    via: "assignment",
    outcome: "completed",
    score: null,
    reflection: "I now give passengers my name and call them back myself.",
  },
  { module: "Writing to upset customers", person: "Ben Carter", daysAgo: 40, via: "lms_csv", outcome: "completed", score: 88 },
  { module: "Legacy check-in system", person: "Oliver Grant", daysAgo: 110, via: "lms_csv", outcome: "completed", score: 70 },
];

export type SkywardAssignment = {
  module: string;
  person: string;
  /** Days from the seed's day: negative is past (an overdue one when still open). */
  dueInDays: number;
  status: Exclude<AssignmentStatus, "completed">;
  assignedDaysAgo: number;
};

/** Open and cancelled assignments; completed ones come from SKYWARD_COMPLETIONS (via "assignment"). */
export const SKYWARD_ASSIGNMENTS: readonly SkywardAssignment[] = [
  { module: SIMULATED_EFFECT_MODULE, person: "Ethan Brooks", dueInDays: -3, status: "assigned", assignedDaysAgo: 24 },
  { module: "Galley teamwork", person: "Ethan Brooks", dueInDays: 7, status: "in_progress", assignedDaysAgo: 6 },
  { module: "Galley teamwork", person: "Hannah Schmidt", dueInDays: 20, status: "assigned", assignedDaysAgo: 2 },
  { module: SIMULATED_EFFECT_MODULE, person: "Zara Ahmed", dueInDays: -9, status: "in_progress", assignedDaysAgo: 30 },
  { module: "Owning the bag problem", person: "Ruby Patel", dueInDays: 10, status: "assigned", assignedDaysAgo: 4 },
  { module: "Owning the bag problem", person: "Connor Walsh", dueInDays: -2, status: "in_progress", assignedDaysAgo: 16 },
  { module: "Owning the bag problem", person: "Isabel Costa", dueInDays: 5, status: "cancelled", assignedDaysAgo: 20 },
  { module: "Writing to upset customers", person: "Laura Jensen", dueInDays: 5, status: "assigned", assignedDaysAgo: 9 },
  { module: "Clear words at the desk", person: "Mei Lin", dueInDays: 12, status: "assigned", assignedDaysAgo: 3 },
];

export type SkywardCoaching = {
  coach: string;
  person: string;
  daysAgo: number;
  touchPoints: string[];
  notes: string;
  actions: string;
  followUpInDays: number | null;
  confirmed: boolean;
};

const SERVICE_NOTES = "Walked through three recent comments about the meal service; what the passenger needed each time.";
const SERVICE_ACTIONS = "Check in with each row once after the meal service; hand over unresolved requests at the galley.";

/** Grace Nolan coaches five of her crew on the meal service (enough for its impact) and Ethan recently. */
export const SKYWARD_COACHING: readonly SkywardCoaching[] = [
  ...(
    [
      ["Hannah Schmidt", 78],
      ["Zara Ahmed", 71],
      ["Felix Wagner", 66],
      ["Nina Kowalski", 61],
      ["Noah Fischer", 57],
    ] as const
  ).map(([person, daysAgo]) => ({
    coach: "Grace Nolan",
    person,
    daysAgo,
    touchPoints: ["Food and drink"],
    notes: SERVICE_NOTES,
    actions: SERVICE_ACTIONS,
    followUpInDays: -daysAgo + 28,
    confirmed: true,
  })),
  {
    coach: "Grace Nolan",
    person: "Ethan Brooks",
    daysAgo: 6,
    touchPoints: ["On-board service"],
    notes: "Two passengers said they could not find a crew member after take-off. Talked about being visible in the aisle.",
    actions: "Walk the aisle every 20 minutes on flights over two hours.",
    followUpInDays: 14,
    confirmed: false,
  },
  {
    coach: "Daniel Okafor",
    person: "Mei Lin",
    daysAgo: 30,
    touchPoints: ["Check-in"],
    notes: "Queue at the bag-drop during the morning peak; passengers felt rushed.",
    actions: "Greet the next passenger while printing the tag.",
    followUpInDays: -2,
    confirmed: true,
  },
];

/** xAPI statements the LMS sent that Skyward has not mapped yet: they wait on the LMS page. */
export const SKYWARD_WAITING_STATEMENTS = {
  unmappedCourse: { externalId: "SKY-SAFE-300", name: "Safety demonstration with a smile", people: ["Chloe Dubois", "Noah Fischer", "Felix Wagner"], daysAgo: 8 },
  unknownPerson: { email: "temp.contractor@agency.example", name: "Temp Contractor", module: SIMULATED_EFFECT_MODULE, daysAgo: 5 },
} as const;
