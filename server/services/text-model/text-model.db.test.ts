import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedback, sentimentModels, textJobs } from "@/db/schema";
import { tenantDb, type TenantDb } from "@/server/db/tenant-db";
import { ConflictError } from "@/server/services/errors";
import { ingestFeedback } from "@/server/services/feedback/ingest";
import { rebuildRollups } from "@/server/services/feedback/rebuild";
import { classifierFromJson } from "@/server/services/text/classifier/linear-classifier";
import { analyserForOrg } from "@/server/services/text/org-analyser";
import { scoreSentiment } from "@/server/services/text/sentiment";
import { callerAs, createOrgFixture, type OrgFixture } from "@/server/testing/fixtures";
import { storeLabelledFeedback, touchPointIn } from "@/server/testing/labelled-feedback";
import { expectSameRollups, rollupSnapshot } from "@/server/testing/rollup-snapshot";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import { queueTrainingIfLabelsGrew } from "./auto-train";
import { queueTextJob, recordProgress, textJobById } from "./jobs";
import { AUTO_TRAIN_MIN_GROWTH, MIN_LABELS, MIN_PER_CLASS } from "./policy";
import { RESCORE_CHUNK } from "./rescore";
import { ABANDONED_AFTER_MS, ABANDONED_MESSAGE, failAbandonedJobs, runPendingTextJobs } from "./runner";
import { domainComments, lexiconAgreeingComments } from "./test-comments";
import { trainOrgModel } from "./train";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

type Org = { org: OrgFixture; tenant: TenantDb; touchPointId: string };

async function newOrg(label: string): Promise<Org> {
  const org = await createOrgFixture(testDb.db, label);
  return { org, tenant: tenantDb(testDb.db, org.orgId), touchPointId: await touchPointIn(testDb.db, org) };
}

/** Unlabelled comments, scored at ingest by the organisation's analyser as any API call would be. */
async function ingestComments(o: Org, comments: string[], day = 2): Promise<string[]> {
  const results = await ingestFeedback(
    o.tenant,
    comments.map((comment, i) => ({
      touchPointId: o.touchPointId,
      staffId: i % 2 === 0 ? o.org.frontline.id : null,
      channel: "web" as const,
      rating: 1 + (i % 5),
      comment,
      segment: { Class: i % 3 === 0 ? "Business" : "Economy" },
      occurredAt: new Date(Date.UTC(2026, 9, day + (i % 3), 10)),
    })),
    { source: "api", analyse: await analyserForOrg(o.tenant) },
  );
  return results.map((result) => result.id);
}

async function storedRow(tenant: TenantDb, id: string) {
  const [row] = await tenant.select(feedback, eq(feedback.id, id));
  return row!;
}

describe("training an organisation's sentiment model", () => {
  it("uses a model that beats the lexicon on held-out labels, for new comments, with the model as source", async () => {
    const o = await newOrg("Domain");
    await storeLabelledFeedback(testDb.db, o.org.orgId, o.touchPointId, domainComments(30));

    const outcome = await trainOrgModel(o.tenant, { trainedBy: o.org.director.id });
    const [model] = await o.tenant.select(sentimentModels, eq(sentimentModels.id, outcome.modelId));
    expect(model!.macroF1).toBeGreaterThan(model!.lexiconMacroF1);
    expect(model!.beatsLexicon).toBe(true);
    expect(model!.active).toBe(true);
    expect(model!.trainCount + model!.heldOutCount).toBe(90);
    expect(model!.labelsPerClass).toEqual({ negative: 30, neutral: 30, positive: 30 });
    expect(model!.confusion.flat().reduce((a, b) => a + b, 0)).toBe(model!.heldOutCount);
    expect(model!.lexiconConfusion.flat().reduce((a, b) => a + b, 0)).toBe(model!.heldOutCount);
    expect(model!.sizeBytes).toBe(Buffer.byteLength(JSON.stringify(model!.parameters)));

    const comment = "Thanks for the delayed flight again, really great service";
    const [id] = await ingestComments(o, [comment]);
    const row = await storedRow(o.tenant, id!);
    const expected = classifierFromJson(model!.parameters).predict(comment);
    expect(row.sentimentSource).toBe("model");
    expect(row.sentimentLabel).toBe(expected.label);
    expect(row.sentiment).toBeCloseTo(expected.probabilities.positive - expected.probabilities.negative, 5);
    // Where the lexicon reads the sarcasm as praise, the organisation's model does not.
    expect(scoreSentiment(comment).label).toBe("positive");
    expect(row.sentimentLabel).toBe("negative");
  });

  it("learns the same model from the same labels, whatever order they were stored in", async () => {
    const labels = domainComments(20, 9);
    const figures = async (label: string, examples: typeof labels) => {
      const o = await newOrg(label);
      await storeLabelledFeedback(testDb.db, o.org.orgId, o.touchPointId, examples);
      const { modelId } = await trainOrgModel(o.tenant, { trainedBy: null });
      const [model] = await o.tenant.select(sentimentModels, eq(sentimentModels.id, modelId));
      return { macroF1: model!.macroF1, confusion: model!.confusion, parameters: model!.parameters };
    };
    expect(await figures("Stored forwards", labels)).toEqual(await figures("Stored backwards", [...labels].reverse()));
  });

  it("keeps the lexicon when the model cannot beat it on held-out labels", async () => {
    const o = await newOrg("Lexical");
    await storeLabelledFeedback(testDb.db, o.org.orgId, o.touchPointId, lexiconAgreeingComments(150));

    const outcome = await trainOrgModel(o.tenant);
    const [model] = await o.tenant.select(sentimentModels, eq(sentimentModels.id, outcome.modelId));
    expect(model!.lexiconMacroF1).toBe(1);
    expect(model!.beatsLexicon).toBe(false);
    expect(model!.active).toBe(false);
    expect(outcome.scorerChanged).toBe(false);

    const [id] = await ingestComments(o, ["The crew were friendly and the seat was comfortable"]);
    expect((await storedRow(o.tenant, id!)).sentimentSource).toBe("lexicon");
  });

  it("lets the newest training decide: a retrained model that no longer beats the lexicon hands back to it", async () => {
    const o = await newOrg("Turnaround");
    const ids = await storeLabelledFeedback(testDb.db, o.org.orgId, o.touchPointId, domainComments(20, 5));
    const first = await trainOrgModel(o.tenant);
    expect(first.beatsLexicon).toBe(true);
    expect((await analyserForOrg(o.tenant))("where is the gate please").sentimentSource).toBe("model");

    // People now label every comment the way the lexicon reads it.
    const comments = await o.tenant.selectFields({ id: feedback.id, comment: feedback.comment }, feedback);
    for (const { id, comment } of comments.filter((row) => ids.includes(row.id))) {
      await o.tenant.update(feedback, { sentimentLabel: scoreSentiment(comment!).label }, eq(feedback.id, id));
    }
    await storeLabelledFeedback(testDb.db, o.org.orgId, o.touchPointId, lexiconAgreeingComments(60, 9));
    const second = await trainOrgModel(o.tenant);
    expect(second.beatsLexicon).toBe(false);
    expect(second.scorerChanged).toBe(true);
    const active = await o.tenant.selectFields({ id: sentimentModels.id }, sentimentModels, eq(sentimentModels.active, true));
    expect(active).toEqual([]);
    expect((await analyserForOrg(o.tenant))("where is the gate please").sentimentSource).toBe("lexicon");
  });

  it("refuses to train on too few labels, saying how many there are and are needed", async () => {
    const o = await newOrg("Sparse");
    const director = await callerAs(testDb.db, o.org.director);
    await storeLabelledFeedback(testDb.db, o.org.orgId, o.touchPointId, domainComments(4));
    await expect(director.textModel.train()).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `Training needs at least ${MIN_LABELS} labelled comments; there are 12.`,
    });

    // Enough in all, but hardly any neutral ones.
    const skewed = domainComments(20, 4).filter((example) => example.label !== "neutral");
    await storeLabelledFeedback(testDb.db, o.org.orgId, o.touchPointId, skewed);
    const { labels } = await director.textModel.status();
    expect(labels.total).toBeGreaterThanOrEqual(MIN_LABELS);
    await expect(director.textModel.train()).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `Training needs at least ${MIN_PER_CLASS} labelled comments of each sentiment; too few are neutral (${labels.neutral}).`,
    });
    expect(await o.tenant.select(textJobs)).toEqual([]);
    expect(await o.tenant.select(sentimentModels)).toEqual([]);
  });
});

describe("background jobs", () => {
  it("trains, then rescores stored feedback: labels and corrected themes stay, rollups equal a rebuild, progress reaches the total", async () => {
    const o = await newOrg("Rescore");
    const labelledIds = await storeLabelledFeedback(testDb.db, o.org.orgId, o.touchPointId, domainComments(25, 11));
    // More than one chunk of comments scored by the lexicon before the model existed.
    const plain = domainComments(Math.ceil((RESCORE_CHUNK + 40) / 3), 12).map((example) => `${example.text} today`);
    const plainIds = await ingestComments(o, plain);
    await ingestFeedback(
      o.tenant,
      [{ touchPointId: o.touchPointId, channel: "web", rating: 5, comment: "   ", occurredAt: new Date(Date.UTC(2026, 9, 3)) }],
      { source: "api", analyse: await analyserForOrg(o.tenant) },
    );

    // A person's label that the model would not give, and themes a person set.
    const labelled = await storedRow(o.tenant, labelledIds[0]!);
    await o.tenant.update(feedback, { sentimentLabel: "neutral", sentiment: 0 }, eq(feedback.id, labelled.id));
    const correctedThemes = plainIds[1]!;
    await o.tenant.update(feedback, { themes: ["Tarmac waits"], themesCorrected: true }, eq(feedback.id, correctedThemes));
    await rebuildRollups(o.tenant); // the direct updates above bypassed the rollups
    const labelledBefore = await storedRow(o.tenant, labelled.id);
    const themedBefore = await storedRow(o.tenant, correctedThemes);
    expect(themedBefore.sentimentSource).toBe("lexicon");

    const director = await callerAs(testDb.db, o.org.director);
    const { jobId } = await director.textModel.train();
    await runPendingTextJobs(testDb.db);

    expect(await o.tenant.select(textJobs)).toHaveLength(2);
    const train = await director.textModel.job({ jobId });
    expect(train).toMatchObject({ kind: "train", status: "completed", done: 1, total: 1 });
    const [rescore] = await o.tenant.select(textJobs, and(eq(textJobs.kind, "rescore"))!);
    expect(rescore).toMatchObject({ status: "completed", modelId: train.modelId, error: null });
    const commented = labelledIds.length + plainIds.length;
    expect(rescore!.total).toBe(commented);
    expect(rescore!.done).toBe(rescore!.total);

    const labelledAfter = await storedRow(o.tenant, labelled.id);
    expect(labelledAfter).toMatchObject({
      sentiment: labelledBefore.sentiment,
      sentimentLabel: "neutral",
      sentimentSource: "label",
      language: labelledBefore.language,
    });
    const themedAfter = await storedRow(o.tenant, correctedThemes);
    expect(themedAfter.themes).toEqual(["Tarmac waits"]);
    expect(themedAfter.themesCorrected).toBe(true);
    expect(themedAfter.sentimentSource).toBe("model");

    // Every other comment now carries the model's reading (none in another language is scored).
    const rows = await o.tenant.select(feedback);
    const notLabelled = rows.filter((row) => row.sentimentSource !== "label" && row.comment!.trim() !== "");
    expect(notLabelled).toHaveLength(plainIds.length);
    for (const row of notLabelled) {
      expect(row.sentimentSource, row.comment!).toBe(row.language === null || row.language === "eng" ? "model" : null);
    }
    expect(notLabelled.filter((row) => row.sentimentSource === "model").length).toBeGreaterThan(plainIds.length / 2);
    expect(rows.filter((row) => row.sentimentSource === "label")).toHaveLength(labelledIds.length);

    const afterRescore = await rollupSnapshot(o.tenant);
    await rebuildRollups(o.tenant);
    expectSameRollups(afterRescore, await rollupSnapshot(o.tenant));
  });

  it("refuses a second job while one is open, and a director's rescoring runs through every comment", async () => {
    const o = await newOrg("Queue");
    await ingestComments(o, ["The lounge was calm and the staff were kind", "Lost my bag and nobody answered the phone"]);
    const director = await callerAs(testDb.db, o.org.director);
    const { jobId } = await director.textModel.rescore();
    await expect(director.textModel.rescore()).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(queueTextJob(o.tenant, "train")).rejects.toThrow(ConflictError);
    expect((await director.textModel.status()).openJob?.id).toBe(jobId);

    await runPendingTextJobs(testDb.db);
    expect(await director.textModel.job({ jobId })).toMatchObject({ status: "completed", done: 2, total: 2 });
    expect((await director.textModel.status()).openJob).toBeNull();
  });

  it("runs each queued job once when two runners look at the same time", async () => {
    const orgs = [await newOrg("RaceA"), await newOrg("RaceB"), await newOrg("RaceC")];
    for (const o of orgs) await queueTextJob(o.tenant, "rescore");
    const ran = await Promise.all([runPendingTextJobs(testDb.db), runPendingTextJobs(testDb.db)]);
    expect(ran[0]! + ran[1]!).toBe(3);
  });

  it("fails a job whose server stopped sending heartbeats, with a message, so another can start; a long live job stays", async () => {
    const o = await newOrg("Stale");
    const jobId = await queueTextJob(o.tenant, "rescore");
    const ago = (ms: number) => new Date(Date.now() - ms);
    // Started hours ago, but its server said it is alive recently: a long rescoring, not a dead one.
    await o.tenant.update(textJobs, { status: "running", startedAt: ago(5 * 3600_000), heartbeatAt: ago(ABANDONED_AFTER_MS - 30_000) }, eq(textJobs.id, jobId));
    await failAbandonedJobs(testDb.db);
    expect(await textJobById(o.tenant, jobId)).toMatchObject({ status: "running", error: null });

    // Progress counts as a heartbeat too.
    await o.tenant.update(textJobs, { heartbeatAt: ago(ABANDONED_AFTER_MS + 30_000) }, eq(textJobs.id, jobId));
    expect(await recordProgress(o.tenant, jobId, { done: 10 })).toBe(true);
    await failAbandonedJobs(testDb.db);
    expect(await textJobById(o.tenant, jobId)).toMatchObject({ status: "running", done: 10 });

    await o.tenant.update(textJobs, { heartbeatAt: ago(ABANDONED_AFTER_MS + 30_000) }, eq(textJobs.id, jobId));
    expect(await failAbandonedJobs(testDb.db)).toBeGreaterThanOrEqual(1);
    expect(await textJobById(o.tenant, jobId)).toMatchObject({ status: "failed", error: ABANDONED_MESSAGE });
    expect(await recordProgress(o.tenant, jobId, { done: 20 })).toBe(false);
    await expect(queueTextJob(o.tenant, "rescore")).resolves.toEqual(expect.any(String));
  });

  it("fails a training whose labels were removed after it was queued, with the reason", async () => {
    const o = await newOrg("Vanished");
    const jobId = await queueTextJob(o.tenant, "train");
    await runPendingTextJobs(testDb.db);
    expect(await textJobById(o.tenant, jobId)).toMatchObject({
      status: "failed",
      error: `Training needs at least ${MIN_LABELS} labelled comments; there are 0.`,
    });
  });

  it("queues a training by itself once labels arrive, and again only when they grew enough", async () => {
    const o = await newOrg("Auto");
    await storeLabelledFeedback(testDb.db, o.org.orgId, o.touchPointId, domainComments(5, 21));
    expect(await queueTrainingIfLabelsGrew(o.tenant)).toBeNull(); // 15 labels: too few

    // The end of an import checks (the labels came in with it).
    await storeLabelledFeedback(testDb.db, o.org.orgId, o.touchPointId, domainComments(10, 22));
    const lead = await callerAs(testDb.db, o.org.lead);
    const run = await lead.imports.start({ fileName: "labelled.csv", shape: "response" });
    await lead.imports.finish({ importRunId: run.id, status: "completed" });
    expect(await o.tenant.selectFields({ kind: textJobs.kind, status: textJobs.status, requestedBy: textJobs.requestedBy }, textJobs)).toEqual([
      { kind: "train", status: "queued", requestedBy: null },
    ]);
    await runPendingTextJobs(testDb.db);
    expect(await queueTrainingIfLabelsGrew(o.tenant)).toBeNull(); // nothing new since the model

    const more = Math.ceil(AUTO_TRAIN_MIN_GROWTH / 3);
    await storeLabelledFeedback(testDb.db, o.org.orgId, o.touchPointId, domainComments(more, 23));
    expect(await queueTrainingIfLabelsGrew(o.tenant)).toEqual(expect.any(String));
  });

  it("queues a training when a person's correction brings the labels to the minimum", async () => {
    const o = await newOrg("Auto after correction");
    await storeLabelledFeedback(testDb.db, o.org.orgId, o.touchPointId, domainComments(10, 24).slice(1));
    const [id] = await ingestComments(o, ["The gate staff found my lost bag within minutes"]);
    const director = await callerAs(testDb.db, o.org.director);
    // Themes alone are not a label: nothing is queued.
    await director.responses.correct({ feedbackId: id!, themes: [] });
    expect(await o.tenant.select(textJobs)).toEqual([]);

    await director.responses.correct({ feedbackId: id!, sentimentLabel: "positive" });
    expect(await o.tenant.selectFields({ kind: textJobs.kind, status: textJobs.status }, textJobs)).toEqual([{ kind: "train", status: "queued" }]);
  });
});

describe("language", () => {
  it("stores a comment in another language with its language and no sentiment or themes", async () => {
    const o = await newOrg("Babel");
    const [french, english] = await ingestComments(o, [
      "Le vol était en retard et le personnel à bord était très désagréable",
      "The flight was late and the cabin crew were very unpleasant",
    ]);
    expect(await storedRow(o.tenant, french!)).toMatchObject({
      language: "fra",
      sentiment: null,
      sentimentLabel: null,
      sentimentSource: null,
      themes: [],
    });
    expect(await storedRow(o.tenant, english!)).toMatchObject({ language: "eng", sentimentLabel: "negative", sentimentSource: "lexicon" });
    const snapshot = await rollupSnapshot(o.tenant);
    await rebuildRollups(o.tenant);
    expectSameRollups(snapshot, await rollupSnapshot(o.tenant));
  });
});
