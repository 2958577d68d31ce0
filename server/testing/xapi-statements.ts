import { randomUUID } from "node:crypto";

const VERBS = "http://adlnet.gov/expapi/verbs/";

/**
 * A statement in the shape SCORM Cloud and other LMSs send: actor with name and mbox, verb with a
 * display, the course as an Activity with its definition, result with score, success, completion
 * and duration, context with registration and platform, timestamp, authority and version.
 */
export function lmsStatement(options: { email: string; course: string; verb?: string; courseName?: string; scaled?: number; id?: string; timestamp?: string }) {
  const verb = options.verb ?? "completed";
  return {
    id: options.id ?? randomUUID(),
    actor: { objectType: "Agent", name: "Learner", mbox: `mailto:${options.email}` },
    verb: { id: `${VERBS}${verb}`, display: { "en-US": verb } },
    object: {
      objectType: "Activity",
      id: options.course,
      definition: {
        name: { "en-US": options.courseName ?? "Cabin service essentials" },
        description: { "en-US": "How to greet, reassure and help passengers" },
        type: "http://adlnet.gov/expapi/activities/course",
      },
    },
    result: { score: { scaled: options.scaled ?? 0.92, raw: Math.round((options.scaled ?? 0.92) * 100), min: 0, max: 100 }, success: verb !== "failed", completion: true, duration: "PT25M" },
    context: {
      registration: randomUUID(),
      platform: "SCORM Cloud",
      language: "en-US",
      contextActivities: { grouping: [{ objectType: "Activity", id: "https://lms.example.com/programs/onboarding" }] },
      extensions: { "https://w3id.org/xapi/cmi5/context/extensions/sessionid": "session-4821" },
    },
    timestamp: options.timestamp ?? "2026-11-18T14:05:00.000Z",
    authority: { objectType: "Agent", name: "SCORM Cloud", account: { homePage: "https://cloud.scorm.com", name: "app-4821" } },
    version: "1.0.0",
  };
}
