import "server-only";
import { z } from "zod";
import { feedbackItemSchema, MAX_BATCH } from "@/lib/schemas/feedback";
import { summaryQueryFieldsSchema } from "@/server/services/metrics/summary-schema";
import { observationItemSchema } from "@/server/services/observations/schemas";
import { RATE_LIMIT } from "./rate-limit";
import { KPI_DIRECTIONS, KPI_KINDS } from "@/lib/domain/kpis";
import { MAX_STATEMENTS } from "@/server/services/training/xapi";

export const FEEDBACK_BODY_LIMIT = 64 * 1024;
export const BATCH_BODY_LIMIT = 16 * 1024 * 1024;

const schema = (type: z.ZodType) => z.toJSONSchema(type, { io: "input", unrepresentable: "any" });

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", examples: ["validation_failed"] },
        message: { type: "string" },
        details: {},
      },
    },
  },
};

const itemIssue = {
  type: "object",
  required: ["index", "path", "reason", "code"],
  properties: {
    index: { type: "integer", description: "Position of the item in `items`, from 0" },
    path: { type: "string", examples: ["rating"] },
    reason: { type: "string" },
    code: { type: "string", enum: ["invalid", "not_found", "conflict"] },
  },
};

const result = {
  type: "object",
  required: ["status", "id"],
  properties: { index: { type: "integer" }, status: { type: "string", enum: ["stored", "duplicate"] }, id: { type: "string", format: "uuid" } },
};

const batchOutcome = {
  type: "object",
  properties: {
    stored: { type: "integer" },
    duplicates: { type: "integer" },
    rejected: { type: "array", items: itemIssue },
    results: { type: "array", items: result },
  },
};

const kpiSummary = {
  type: "object",
  required: ["kpiId", "kind", "name", "unit", "direction", "target", "warningThreshold", "minSampleSize", "n", "value", "secondary", "scale", "status"],
  properties: {
    kpiId: { type: "string", format: "uuid" },
    kind: { type: "string", enum: [...KPI_KINDS] },
    name: { type: "string" },
    unit: { type: "string" },
    direction: { type: "string", enum: [...KPI_DIRECTIONS] },
    target: { type: "number" },
    warningThreshold: { type: "number" },
    minSampleSize: { type: "integer" },
    n: { type: ["integer", "null"], description: "Responses that answered this KPI's question in the period; null for operational KPIs" },
    value: {
      type: ["number", "null"],
      description: "NPS -100..100, CSAT % of 4-5, CES mean 1-7, rating mean on the KPI's scale (see scale); null unless status is ok. Not rounded.",
    },
    secondary: {
      type: ["object", "null"],
      description:
        "The figure shown beside the value: CSAT mean (1-5), CES % agreeing (5-7), rating % in the top box (label topTwoPercent, kept for compatibility: the answers from scale.topBoxFrom up, such as 9-10 of 10)",
      properties: { label: { type: "string", enum: ["mean", "agreePercent", "topTwoPercent"] }, value: { type: ["number", "null"] } },
    },
    scale: {
      type: ["object", "null"],
      description: "Rating KPIs only (null for the other kinds): the scale its answers are on and where its top box starts",
      properties: {
        scaleMin: { type: "integer", examples: [1] },
        scaleMax: { type: "integer", examples: [10] },
        scaleMinLabel: { type: ["string", "null"], examples: ["Poor"] },
        scaleMaxLabel: { type: ["string", "null"], examples: ["Excellent"] },
        topBoxFrom: { type: "integer", examples: [9] },
      },
    },
    status: {
      type: "string",
      enum: ["ok", "insufficient_data", "not_available"],
      description: "insufficient_data: fewer answers than minSampleSize, so no value is given; not_available: operational KPIs, not summarised yet",
    },
  },
};

const kpiSummaryResponse = {
  type: "object",
  required: ["period", "touchPoints"],
  properties: {
    period: { type: "object", properties: { from: { type: "string", format: "date" }, to: { type: "string", format: "date" } } },
    touchPoints: {
      type: "array",
      items: {
        type: "object",
        required: ["id", "name", "journeyId", "kpis"],
        properties: {
          id: { type: "string", format: "uuid" },
          name: { type: "string" },
          journeyId: { type: "string", format: "uuid" },
          kpis: { type: "array", items: kpiSummary },
        },
      },
    },
  },
};

/** The query parameters of an endpoint, from the zod object that validates them. */
const queryParameters = (fields: z.ZodObject) => {
  const json = schema(fields) as { properties: Record<string, { description?: string }>; required?: string[] };
  return Object.entries(json.properties).map(([name, { description, ...property }]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    description,
    schema: property,
  }));
};

const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      String(code),
      { description: ERROR_TEXT[code], content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
    ]),
  );

const ERROR_TEXT: Record<number, string> = {
  400: "The body is not JSON",
  401: "No API key, or not a valid one",
  403: "The key lacks the scope this endpoint needs",
  404: "The touch point or journey named is not one of your organisation's",
  409: "The idempotency key was used before with a different body",
  413: "The body is too large",
  422: "The input is not valid; details say which fields or parameters",
  429: `More than ${RATE_LIMIT.requests} requests in ${RATE_LIMIT.windowSeconds} s for this key; see Retry-After`,
};

const xapiVersionHeader = {
  name: "X-Experience-API-Version",
  in: "header",
  required: true,
  description: "The xAPI version of the statements: 1.0.0 to 1.0.3. Every answer carries X-Experience-API-Version: 1.0.3.",
  schema: { type: "string", examples: ["1.0.3"] },
};

// The statement's structure is the xAPI 1.0.3 specification's (Data part, 2.4); the server checks all of it.
const xapiStatement = {
  type: "object",
  required: ["actor", "verb", "object"],
  description:
    "An xAPI 1.0.3 statement. Properties the specification does not define, null values (outside extensions) and badly formatted IRIs, UUIDs, timestamps or durations make it invalid.",
  properties: {
    id: { type: "string", format: "uuid", description: "Given by the LMS (recommended) or by Touchpoint when absent" },
    actor: { type: "object", description: "Agent with exactly one of mbox (mailto:), mbox_sha1sum, openid, account {homePage, name}; or a Group" },
    verb: { type: "object", required: ["id"], properties: { id: { type: "string", format: "iri" }, display: { type: "object" } } },
    object: { type: "object", description: "An Activity {id, definition?}; its id is the LMS course id matched against modules" },
    result: {
      type: "object",
      properties: {
        score: { type: "object", properties: { scaled: { type: "number", minimum: -1, maximum: 1 }, raw: { type: "number" }, min: { type: "number" }, max: { type: "number" } } },
        success: { type: "boolean" },
        completion: { type: "boolean" },
        duration: { type: "string", examples: ["PT25M"] },
      },
    },
    context: { type: "object" },
    timestamp: { type: "string", format: "date-time" },
    authority: { type: "object" },
    version: { type: "string" },
  },
};

/** The OpenAPI 3.1 description of /api/v1, made from the same zod schemas that validate requests. */
export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Touchpoint API",
      version: "1",
      description:
        "Send customer feedback from other systems and read KPI summaries back. Authenticate with an API key created by a director (Settings, API keys): `Authorization: Bearer <key>`. An item may carry an `idempotencyKey`: sending the same key with the same body again stores nothing new and answers with the stored item; the same key with another body is a conflict.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ apiKey: [] }],
    paths: {
      "/feedback": {
        post: {
          summary: "Send one response",
          description: `Needs the feedback:write scope. Body at most ${FEEDBACK_BODY_LIMIT / 1024} KiB.`,
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/FeedbackItem" } } } },
          responses: {
            "201": { description: "Stored", content: { "application/json": { schema: result } } },
            "200": { description: "A replay of an idempotency key: nothing new was stored", content: { "application/json": { schema: result } } },
            ...errors(400, 401, 403, 409, 413, 422, 429),
          },
        },
      },
      "/feedback/batch": {
        post: {
          summary: `Send up to ${MAX_BATCH} responses`,
          description:
            "Needs the feedback:write scope. Each item is checked on its own: the valid ones are stored and every rejected one is reported with its index, field and reason.",
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: { type: "object", required: ["items"], properties: { items: { type: "array", maxItems: MAX_BATCH, items: { $ref: "#/components/schemas/FeedbackItem" } } } },
              },
            },
          },
          responses: {
            "200": {
              description: "Processed; look at `rejected` for items that were not stored",
              content: { "application/json": { schema: batchOutcome } },
            },
            ...errors(400, 401, 403, 413, 422, 429),
          },
        },
      },
      "/observations/batch": {
        post: {
          summary: `Send up to ${MAX_BATCH} operational measurements`,
          description:
            "Needs the observations:write scope. Values such as response time or first-contact resolution, per touch point and optionally per KPI and staff member. Rejected items are reported by index as for feedback.",
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: { type: "object", required: ["items"], properties: { items: { type: "array", maxItems: MAX_BATCH, items: { $ref: "#/components/schemas/ObservationItem" } } } },
              },
            },
          },
          responses: {
            "200": { description: "Processed; look at `rejected` for items that were not stored", content: { "application/json": { schema: batchOutcome } } },
            ...errors(400, 401, 403, 413, 422, 429),
          },
        },
      },
      "/xapi/statements": {
        post: {
          summary: "Send training results as xAPI statements",
          description: `Needs the training:write scope and the X-Experience-API-Version header (1.0.x). Body: one statement or an array of up to ${MAX_STATEMENTS}, at most ${BATCH_BODY_LIMIT / 1024 / 1024} MiB. Each statement is stored whole, once per id: sending the same statement again stores nothing and answers its id. Statements with the verbs http://adlnet.gov/expapi/verbs/completed, passed or failed whose actor's mbox (or account name) is a person's email and whose object id is a module's LMS course id become training records; the others wait until a director maps the course id to a module (Training, LMS statements). If any statement is invalid the whole request is refused and nothing is stored.`,
          parameters: [xapiVersionHeader],
          requestBody: {
            required: true,
            content: { "application/json": { schema: { oneOf: [{ $ref: "#/components/schemas/XapiStatement" }, { type: "array", maxItems: MAX_STATEMENTS, items: { $ref: "#/components/schemas/XapiStatement" } }] } } },
          },
          responses: {
            "200": { description: "Stored (or already stored): the statement ids in the order sent", content: { "application/json": { schema: { type: "array", items: { type: "string", format: "uuid" } } } } },
            "400": {
              description: "Missing or unsupported X-Experience-API-Version, or a statement is invalid, or two statements share an id; details list { index, path, reason } and nothing was stored",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
            },
            "409": { description: "A statement id was received before with different content; nothing of the request was stored", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
            ...errors(401, 403, 413, 429),
          },
        },
      },
      "/kpis/summary": {
        get: {
          summary: "KPI values per touch point over a period",
          description: `Needs the kpis:read scope. For each touch point (of one journey, or one touch point, or all active ones) and each of its KPIs: the number of answers and the KPI's value over the days from \`from\` to \`to\` (UTC, inclusive, any length, from 1900-01-01; the last 30 days by default). Below a KPI's minimum sample the value is null with status insufficient_data, never a number from too few answers. Operational KPIs are listed with status not_available for now. Computed from daily rollups, so it is cheap to call.`,
          parameters: queryParameters(summaryQueryFieldsSchema),
          responses: {
            "200": { description: "The summary", content: { "application/json": { schema: kpiSummaryResponse } } },
            ...errors(401, 403, 404, 422, 429),
          },
        },
      },
    },
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "A Touchpoint API key (tp_...)" } },
      schemas: { FeedbackItem: schema(feedbackItemSchema), ObservationItem: schema(observationItemSchema), XapiStatement: xapiStatement, Error: errorSchema },
    },
  };
}
