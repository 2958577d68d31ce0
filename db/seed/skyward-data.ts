import { DEFAULT_RATING_SCALE } from "@/lib/rating-scale";
import type { Channel } from "@/lib/domain/channels";
import type { Role } from "@/lib/domain/roles";

/**
 * The demo organisation "Skyward Airlines" (fictional), as data. `skyward.ts` writes it; the
 * feedback loader reads the airline passenger survey through `SKYWARD_TOUCH_POINTS`.
 */

export const SKYWARD_ORG_NAME = "Skyward Airlines";
export const SKYWARD_EMAIL_DOMAIN = "skyward.example";
export const SKYWARD_DEMO_PASSWORD = "Skyward-demo-2026";

export type SkywardTeamName =
  | "Reservations & Web"
  | "Airport Services"
  | "Cabin Crew"
  | "Baggage Services"
  | "Customer Care";

export type SkywardPerson = {
  name: string;
  /** Only for the fixed demo logins; otherwise `firstname.lastname@skyward.example`. */
  email?: string;
};

export type SkywardTeam = {
  name: SkywardTeamName;
  description: string;
  lead: SkywardPerson;
  frontline: SkywardPerson[];
};

export const SKYWARD_DIRECTOR: SkywardPerson = {
  name: "Margaret Ellison",
  email: `director@${SKYWARD_EMAIL_DOMAIN}`,
};

export const SKYWARD_TEAMS: readonly SkywardTeam[] = [
  {
    name: "Reservations & Web",
    description: "The website, the app and the reservations desk: booking, changes and online boarding.",
    lead: { name: "Priya Raman" },
    frontline: [{ name: "Tom Becker" }, { name: "Aisha Khan" }, { name: "Lucas Moreau" }],
  },
  {
    name: "Airport Services",
    description: "Check-in desks, kiosks and gates at every station.",
    lead: { name: "Daniel Okafor" },
    frontline: [
      { name: "Sofia Alvarez" },
      { name: "James Whitfield" },
      { name: "Mei Lin" },
      { name: "Oliver Grant" },
      { name: "Fatima Haddad" },
    ],
  },
  {
    name: "Cabin Crew",
    description: "Everything on board, from the welcome at the door to the farewell on arrival.",
    lead: { name: "Grace Nolan", email: `lead@${SKYWARD_EMAIL_DOMAIN}` },
    frontline: [
      { name: "Ethan Brooks", email: `frontline@${SKYWARD_EMAIL_DOMAIN}` },
      { name: "Chloe Dubois" },
      { name: "Mateo Rossi" },
      { name: "Hannah Schmidt" },
      // A crew of twelve: enough people on each side for training impact (docs/training-impact.md).
      { name: "Noah Fischer" },
      { name: "Amara Osei" },
      { name: "Liam Byrne" },
      { name: "Sara Lindqvist" },
      { name: "Diego Herrera" },
      { name: "Zara Ahmed" },
      { name: "Felix Wagner" },
      { name: "Nina Kowalski" },
    ],
  },
  {
    name: "Baggage Services",
    description: "Bag drop, loading, transfers, the belts on arrival and delayed or damaged bags.",
    lead: { name: "Samuel Adeyemi" },
    frontline: [
      { name: "Ruby Patel" },
      { name: "Connor Walsh" },
      { name: "Yuki Tanaka" },
      { name: "Isabel Costa" },
    ],
  },
  {
    name: "Customer Care",
    description: "Phone, chat and email: schedule changes, disruption, complaints and follow-ups.",
    lead: { name: "Nadia Petrova" },
    frontline: [{ name: "Ben Carter" }, { name: "Laura Jensen" }, { name: "Omar Farouk" }],
  },
];

/** `firstname.lastname@skyward.example`, lowercase, letters only in each part. */
export function skywardEmail(person: SkywardPerson): string {
  if (person.email) return person.email.toLowerCase();
  const parts = person.name
    .normalize("NFKD")
    .toLowerCase()
    .split(/\s+/)
    .map((part) => part.replace(/[^a-z]/g, ""))
    .filter(Boolean);
  return `${parts[0]}.${parts[parts.length - 1]}@${SKYWARD_EMAIL_DOMAIN}`;
}

export type DemoLogin = { role: Role; email: string; password: string; name: string; team: SkywardTeamName | null };

/** One sign-in per role, to print for whoever starts the demo. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  { role: "director", email: skywardEmail(SKYWARD_DIRECTOR), password: SKYWARD_DEMO_PASSWORD, name: SKYWARD_DIRECTOR.name, team: null },
  { role: "team_lead", email: `lead@${SKYWARD_EMAIL_DOMAIN}`, password: SKYWARD_DEMO_PASSWORD, name: "Grace Nolan", team: "Cabin Crew" },
  { role: "frontline", email: `frontline@${SKYWARD_EMAIL_DOMAIN}`, password: SKYWARD_DEMO_PASSWORD, name: "Ethan Brooks", team: "Cabin Crew" },
];

export const SKYWARD_JOURNEY = {
  name: "Fly with us",
  description:
    "A passenger's trip with Skyward, from choosing a flight to collecting their bags: every " +
    "moment where they meet us and decide what they think of us.",
  segment: {} as Record<string, string>,
  status: "active" as const,
};

export type SkywardStageName = "Book" | "Check in & airport" | "Board" | "In flight" | "Arrive & baggage";

/** In journey order (position = index). */
export const SKYWARD_STAGES: readonly { name: SkywardStageName; description: string }[] = [
  { name: "Book", description: "Finding a flight at a good time and booking it on the web, in the app or by phone." },
  { name: "Check in & airport", description: "Check-in, bag drop and finding the way to the gate." },
  { name: "Board", description: "Boarding passes, boarding and the first look at the cabin." },
  { name: "In flight", description: "Seat, space, crew, food and drink, entertainment and wifi." },
  { name: "Arrive & baggage", description: "Arriving, leaving the aircraft and getting the bags back." },
];

/** The fourteen 1-5 service ratings of datasets/airline-passenger-satisfaction.csv (0 = not applicable). */
export const SKYWARD_RATING_COLUMNS = [
  "Ease of Online booking",
  "Departure/Arrival time convenient",
  "Checkin service",
  "Gate location",
  "Online boarding",
  "Seat comfort",
  "Leg room service",
  "Inflight wifi service",
  "Inflight entertainment",
  "Food and drink",
  "On-board service",
  "Inflight service",
  "Cleanliness",
  "Baggage handling",
] as const;
export type SkywardRatingColumn = (typeof SKYWARD_RATING_COLUMNS)[number];

export type SkywardTouchPoint = {
  /** The dataset column whose ratings belong to this touch point. */
  column: SkywardRatingColumn;
  name: string;
  stage: SkywardStageName;
  ownerTeam: SkywardTeamName;
  channel: Channel;
  isMomentOfTruth: boolean;
  /** What the customer should experience here. */
  promise: string;
  description: string;
  /**
   * Whether a person serves the passenger here: only then is an answer credited to a frontline
   * member of the owning team. Seats, space, screens, wifi, the timetable, the gate and the
   * website are the product; no crew member or agent is scored on them.
   */
  servedByStaff: boolean;
  /**
   * Target of the touch point's mean rating (1-5), and the value below which it is "below"
   * rather than "near" (docs/demo.md says how they were chosen).
   */
  target: number;
  warningThreshold: number;
};

/**
 * In journey order: stage by stage, and within a stage in the order listed (the position is
 * the index among the stage's touch points).
 */
export const SKYWARD_TOUCH_POINT_DEFINITIONS: readonly SkywardTouchPoint[] = [
  {
    column: "Ease of Online booking",
    name: "Online booking",
    stage: "Book",
    ownerTeam: "Reservations & Web",
    channel: "web",
    isMomentOfTruth: true,
    promise: "Booking a flight online takes a few minutes, shows the full price up front and never makes me start again.",
    description: "Search, fare choice, passenger details and payment on skyward.example and in the app.",
    servedByStaff: false,
    target: 3.3,
    warningThreshold: 3.0,
  },
  {
    column: "Departure/Arrival time convenient",
    name: "Departure/arrival time convenience",
    stage: "Book",
    ownerTeam: "Customer Care",
    channel: "phone",
    isMomentOfTruth: false,
    promise: "I can find a flight that leaves and arrives when it suits me, and I hear about any schedule change early, with a good alternative.",
    description: "The timetable as the passenger sees it, and how schedule changes are handled.",
    servedByStaff: false,
    target: 3.4,
    warningThreshold: 3.1,
  },
  {
    column: "Checkin service",
    name: "Check-in",
    stage: "Check in & airport",
    ownerTeam: "Airport Services",
    channel: "in_person",
    isMomentOfTruth: true,
    promise: "Checking in and dropping my bags is quick and friendly, and any problem is solved at the desk, not passed on.",
    description: "Check-in desks, kiosks and bag drop at the departure airport.",
    servedByStaff: true,
    target: 3.2,
    warningThreshold: 3.0,
  },
  {
    column: "Gate location",
    name: "Gate location",
    stage: "Check in & airport",
    ownerTeam: "Airport Services",
    channel: "in_person",
    isMomentOfTruth: false,
    promise: "My gate is easy to find and reach in good time, and I am told straight away if it changes.",
    description: "Gate allocation, signage and gate-change announcements.",
    servedByStaff: false,
    target: 3.3,
    warningThreshold: 3.1,
  },
  {
    column: "Online boarding",
    name: "Online boarding",
    stage: "Board",
    ownerTeam: "Reservations & Web",
    channel: "app",
    isMomentOfTruth: false,
    promise: "My mobile boarding pass works first time at security and at the gate.",
    description: "Online check-in, mobile boarding passes and boarding-pass scanning.",
    servedByStaff: false,
    target: 3.5,
    warningThreshold: 3.2,
  },
  {
    column: "Cleanliness",
    name: "Cabin cleanliness",
    stage: "Board",
    ownerTeam: "Cabin Crew",
    channel: "in_person",
    isMomentOfTruth: false,
    promise: "The cabin, my seat and the toilets are clean when I board and stay clean throughout the flight.",
    description: "Cabin presentation at boarding and in flight.",
    servedByStaff: true,
    target: 3.2,
    warningThreshold: 3.0,
  },
  {
    column: "Seat comfort",
    name: "Seat comfort",
    stage: "In flight",
    ownerTeam: "Cabin Crew",
    channel: "other",
    isMomentOfTruth: false,
    promise: "My seat is comfortable for the whole flight and everything on it works.",
    description: "Seat condition, recline and defects reported by the crew.",
    servedByStaff: false,
    target: 3.3,
    warningThreshold: 3.1,
  },
  {
    column: "Leg room service",
    name: "Leg room",
    stage: "In flight",
    ownerTeam: "Cabin Crew",
    channel: "other",
    isMomentOfTruth: false,
    promise: "I have the leg room I paid for, and the crew help me find more space when they can.",
    description: "Leg room, extra-leg-room seats and reseating on board.",
    servedByStaff: false,
    target: 3.5,
    warningThreshold: 3.2,
  },
  {
    column: "On-board service",
    name: "On-board service",
    stage: "In flight",
    ownerTeam: "Cabin Crew",
    channel: "in_person",
    isMomentOfTruth: true,
    promise: "The crew welcome me, help me settle and are attentive and courteous all the way, even when things go wrong.",
    description: "The crew's care for each passenger from the door to the farewell.",
    servedByStaff: true,
    target: 3.5,
    warningThreshold: 3.3,
  },
  {
    column: "Inflight service",
    name: "In-flight service",
    stage: "In flight",
    ownerTeam: "Cabin Crew",
    channel: "in_person",
    isMomentOfTruth: false,
    promise: "Service rounds come in good time, and my requests are answered promptly.",
    description: "The service rounds, call-bell response and requests during the flight.",
    servedByStaff: true,
    target: 3.5,
    warningThreshold: 3.3,
  },
  {
    column: "Food and drink",
    name: "Food and drink",
    stage: "In flight",
    ownerTeam: "Cabin Crew",
    channel: "in_person",
    isMomentOfTruth: false,
    promise: "Food and drink are fresh, served at the right temperature, and what I ordered is on board.",
    description: "Meals, snacks and drinks, including pre-ordered and special meals.",
    servedByStaff: true,
    target: 3.5,
    warningThreshold: 3.3,
  },
  {
    column: "Inflight entertainment",
    name: "In-flight entertainment",
    stage: "In flight",
    ownerTeam: "Cabin Crew",
    channel: "other",
    isMomentOfTruth: false,
    promise: "The screen and headphones work and there is something I want to watch or listen to.",
    description: "Seat-back screens, streaming to own devices and headphones.",
    servedByStaff: false,
    target: 3.3,
    warningThreshold: 3.1,
  },
  {
    column: "Inflight wifi service",
    name: "In-flight wifi",
    stage: "In flight",
    ownerTeam: "Reservations & Web",
    channel: "app",
    isMomentOfTruth: false,
    promise: "I can get online easily and the connection is good enough for messages and browsing.",
    description: "Wifi sign-on, the in-flight portal and connection quality.",
    servedByStaff: false,
    target: 3.2,
    warningThreshold: 2.9,
  },
  {
    column: "Baggage handling",
    name: "Baggage handling",
    stage: "Arrive & baggage",
    ownerTeam: "Baggage Services",
    channel: "in_person",
    isMomentOfTruth: true,
    promise: "My bags arrive with me, undamaged and on the belt soon after I reach it; if not, I know what happens next.",
    description: "Loading, transfers, reclaim and the delayed or damaged baggage desk.",
    servedByStaff: true,
    target: 3.5,
    warningThreshold: 3.2,
  },
];

/** Dataset column -> touch point name: how the survey's ratings are attributed. */
export const SKYWARD_TOUCH_POINTS: Readonly<Record<SkywardRatingColumn, string>> = Object.fromEntries(
  SKYWARD_TOUCH_POINT_DEFINITIONS.map((tp) => [tp.column, tp.name]),
) as Record<SkywardRatingColumn, string>;

/** Every touch point gets one rating KPI with these settings (its target is per touch point). */
export const SKYWARD_RATING_KPI = {
  kind: "rating" as const,
  ...DEFAULT_RATING_SCALE,
  unit: "/5",
  direction: "higher_is_better" as const,
  minSampleSize: 30,
};

export const skywardKpiName = (touchPointName: string) => `${touchPointName} rating`;

/**
 * Targets that differ from the organisation's, so the map shows where each one comes from:
 * a team that aims higher, and one frontline member with a personal stretch target.
 */
export const SKYWARD_TARGET_OVERRIDES: readonly {
  touchPoint: string;
  team?: SkywardTeamName;
  personEmail?: string;
  target: number;
  warningThreshold: number | null;
}[] = [
  { touchPoint: "On-board service", team: "Cabin Crew", target: 3.6, warningThreshold: 3.3 },
  { touchPoint: "In-flight service", team: "Cabin Crew", target: 3.7, warningThreshold: null },
  { touchPoint: "On-board service", personEmail: `frontline@${SKYWARD_EMAIL_DOMAIN}`, target: 3.7, warningThreshold: 3.3 },
  { touchPoint: "Check-in", team: "Airport Services", target: 3.4, warningThreshold: 3.2 },
  { touchPoint: "Baggage handling", team: "Baggage Services", target: 3.7, warningThreshold: null },
];
