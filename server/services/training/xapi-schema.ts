import "server-only";
import { z } from "zod";

/**
 * An xAPI 1.0.3 statement as the specification's Data part defines it (section 2.4): every object
 * is strict (the LRS rejects properties the specification does not allow, 2.2.s4.b1.b7), nulls are
 * refused outside extensions (2.2.s4.b1.b1), and formatted strings (IRI, mailto, UUID, timestamp,
 * duration, language tags) must follow their format. Attachments must carry a fileUrl: this
 * endpoint takes application/json only, not the multipart form that carries attachment data.
 */

const IRI = /^[a-z][a-z0-9+.-]*:[^\s]+$/i;
// Any UUID in standard string form: the specification's own examples use non-RFC variants.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MBOX = /^mailto:[^\s@]+@[^\s@]+$/i;
const SHA1 = /^[0-9a-f]{40}$/i;
const LANGUAGE_TAG = /^[a-z]{1,8}(-[a-z0-9]{1,8})*$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i;
const DURATION = /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;
const VERSION = /^1\.0(\.\d+)?$/;

const iri = (what: string) => z.string({ error: `${what} must be an IRI` }).regex(IRI, `${what} must be an IRI with a scheme, such as http://...`);
const uuid = (what: string) => z.string({ error: `${what} must be a UUID` }).regex(UUID, `${what} must be a UUID in standard form`);
const timestamp = (what: string) =>
  z
    .string({ error: `${what} must be an ISO 8601 timestamp` })
    .regex(TIMESTAMP, `${what} must be an ISO 8601 timestamp, such as 2026-11-20T10:00:00Z`)
    .refine((value) => !value.endsWith("-00:00") && !Number.isNaN(Date.parse(value)), `${what} is not a valid point in time`);
const languageMap = z.record(z.string().regex(LANGUAGE_TAG, "Language map keys must be RFC 5646 language tags"), z.string());
// Inside extensions any JSON is allowed, null included (2.2.s4.b1.b1).
const extensions = z.record(iri("An extension key"), z.unknown());

const IFI_KEYS = ["mbox", "mbox_sha1sum", "openid", "account"] as const;

const ifiFields = {
  mbox: z.string().regex(MBOX, "mbox must be a mailto IRI, such as mailto:person@example.com").optional(),
  mbox_sha1sum: z.string().regex(SHA1, "mbox_sha1sum must be 40 hexadecimal digits").optional(),
  openid: iri("openid").optional(),
  account: z.strictObject({ homePage: iri("account.homePage"), name: z.string().min(1, "account.name must not be empty") }).optional(),
};

const ifiCount = (value: Record<string, unknown>) => IFI_KEYS.filter((key) => value[key] !== undefined).length;

export const agentSchema = z
  .strictObject({ objectType: z.literal("Agent").optional(), name: z.string().optional(), ...ifiFields })
  .refine((agent) => ifiCount(agent) === 1, "An Agent must have exactly one of mbox, mbox_sha1sum, openid or account");

export const groupSchema = z
  .strictObject({ objectType: z.literal("Group"), name: z.string().optional(), member: z.array(agentSchema).optional(), ...ifiFields })
  .refine((group) => ifiCount(group) <= 1, "A Group may have at most one of mbox, mbox_sha1sum, openid or account")
  .refine((group) => ifiCount(group) === 1 || (group.member?.length ?? 0) > 0, "An anonymous Group (no identifier) must list its members");

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Validates with the schema that `pick` chooses for the value (by its objectType), keeping paths. */
function byObjectType<T>(pick: (objectType: unknown) => z.ZodType<T> | string) {
  return z.unknown().transform((value, ctx): T => {
    if (!isObject(value)) {
      ctx.addIssue({ code: "custom", message: "Must be a JSON object" });
      return z.NEVER;
    }
    const schema = pick(value.objectType);
    if (typeof schema === "string") {
      ctx.addIssue({ code: "custom", message: schema, path: ["objectType"] });
      return z.NEVER;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path as (string | number)[] });
    return z.NEVER;
  });
}

export type XapiGroup = z.infer<typeof groupSchema>;

export const actorSchema = byObjectType<XapiAgent | XapiGroup>((type) => (type === "Group" ? groupSchema : type === undefined || type === "Agent" ? agentSchema : "objectType of an actor must be Agent or Group"));

const verbSchema = z.strictObject({ id: iri("verb.id"), display: languageMap.optional() });

const interactionComponent = z.strictObject({ id: z.string().min(1), description: languageMap.optional() });

const activityDefinition = z.strictObject({
  name: languageMap.optional(),
  description: languageMap.optional(),
  type: iri("definition.type").optional(),
  moreInfo: iri("definition.moreInfo").optional(),
  extensions: extensions.optional(),
  interactionType: z.enum(["true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert", "numeric", "other"]).optional(),
  correctResponsesPattern: z.array(z.string()).optional(),
  choices: z.array(interactionComponent).optional(),
  scale: z.array(interactionComponent).optional(),
  source: z.array(interactionComponent).optional(),
  target: z.array(interactionComponent).optional(),
  steps: z.array(interactionComponent).optional(),
});

export const activitySchema = z.strictObject({ objectType: z.literal("Activity").optional(), id: iri("object.id"), definition: activityDefinition.optional() });

const statementRefSchema = z.strictObject({ objectType: z.literal("StatementRef"), id: uuid("StatementRef id") });

const scoreSchema = z
  .strictObject({
    scaled: z.number().min(-1, "score.scaled must be between -1 and 1").max(1, "score.scaled must be between -1 and 1").optional(),
    raw: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .refine((s) => s.min === undefined || s.max === undefined || s.min < s.max, { message: "score.min must be less than score.max", path: ["min"] })
  .refine((s) => s.raw === undefined || ((s.min === undefined || s.raw >= s.min) && (s.max === undefined || s.raw <= s.max)), {
    message: "score.raw must be between score.min and score.max",
    path: ["raw"],
  });

const resultSchema = z.strictObject({
  score: scoreSchema.optional(),
  success: z.boolean().optional(),
  completion: z.boolean().optional(),
  response: z.string().optional(),
  duration: z.string().regex(DURATION, "duration must be an ISO 8601 duration, such as PT25M").optional(),
  extensions: extensions.optional(),
});

const activityList = z.union([activitySchema, z.array(activitySchema)]);

const contextSchema = z.strictObject({
  registration: uuid("context.registration").optional(),
  instructor: actorSchema.optional(),
  team: groupSchema.optional(),
  contextActivities: z.strictObject({ parent: activityList.optional(), grouping: activityList.optional(), category: activityList.optional(), other: activityList.optional() }).optional(),
  revision: z.string().optional(),
  platform: z.string().optional(),
  language: z.string().regex(LANGUAGE_TAG, "context.language must be an RFC 5646 language tag").optional(),
  statement: statementRefSchema.optional(),
  extensions: extensions.optional(),
});

const attachmentSchema = z.strictObject({
  usageType: iri("attachment usageType"),
  display: languageMap,
  description: languageMap.optional(),
  contentType: z.string().min(1),
  length: z.number().int().min(0),
  sha2: z.string().min(1),
  fileUrl: iri("attachment fileUrl").optional(),
}).refine((a) => a.fileUrl !== undefined, { message: "Send attachments with a fileUrl: this endpoint does not take multipart attachment data", path: ["fileUrl"] });

const subStatementSchema = z.strictObject({
  objectType: z.literal("SubStatement"),
  actor: actorSchema,
  verb: verbSchema,
  object: byObjectType<Record<string, unknown>>((type) =>
    type === undefined || type === "Activity" ? activitySchema : type === "Agent" ? agentSchema : type === "Group" ? groupSchema : type === "StatementRef" ? statementRefSchema : "A SubStatement's object must be an Activity, Agent, Group or StatementRef",
  ),
  result: resultSchema.optional(),
  context: contextSchema.optional(),
  timestamp: timestamp("timestamp").optional(),
  attachments: z.array(attachmentSchema).optional(),
});

const objectSchema = byObjectType<Record<string, unknown>>((type) =>
  type === undefined || type === "Activity"
    ? activitySchema
    : type === "Agent"
      ? agentSchema
      : type === "Group"
        ? groupSchema
        : type === "StatementRef"
          ? statementRefSchema
          : type === "SubStatement"
            ? subStatementSchema
            : "object.objectType must be Activity, Agent, Group, StatementRef or SubStatement",
);

const VOIDED = "http://adlnet.gov/expapi/verbs/voided";

export const statementSchema = z
  .strictObject({
    id: uuid("id").optional(),
    actor: actorSchema,
    verb: verbSchema,
    object: objectSchema,
    result: resultSchema.optional(),
    context: contextSchema.optional(),
    timestamp: timestamp("timestamp").optional(),
    stored: timestamp("stored").optional(),
    authority: actorSchema.optional(),
    version: z.string().regex(VERSION, "version must be 1.0.x").optional(),
    attachments: z.array(attachmentSchema).optional(),
  })
  .refine((s) => s.verb.id !== VOIDED || (isObject(s.object) && s.object.objectType === "StatementRef"), {
    message: "A voiding statement's object must be a StatementRef",
    path: ["object"],
  });

export type XapiStatement = z.infer<typeof statementSchema>;
export type XapiAgent = z.infer<typeof agentSchema>;
