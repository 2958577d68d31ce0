import "server-only";
import { todayIn } from "@/lib/day-in";
import { parsePeriodParams, resolvePeriod } from "@/lib/period";
import { chooseGrain } from "@/lib/trend-range";
import { serverQueryClient, serverTrpc } from "@/server/api/server-queries";
import { activeJourneys, chosenJourney, keyDriversInput, outcomeAttribute, segmentCutChoice, surveyKpiOptions, trendKpi } from "./director-queries";

/**
 * Starts the director dashboard's queries on the server for the URL's period, journey and cuts.
 * The journey list, its health and its segment names are awaited (about 50 ms) because the
 * other queries' inputs depend on them; the rest are left pending and stream to the browser, so
 * the page no longer waits for its JavaScript, then the journey list, then the dashboard, then the
 * KPI trend, one round trip after another.
 */
export async function prefetchDirectorDashboard(params: URLSearchParams, timeZone: string): Promise<void> {
  const client = serverQueryClient();
  // The organisation's today, as the browser's usePeriod computes it, so the prefetched queries are the ones it asks for.
  const today = todayIn(timeZone);
  const period = resolvePeriod(parsePeriodParams(params, today), today);
  const range = { from: period.from, to: period.to };
  // The grain the page's useTrendGrain picks, so the browser finds these queries in its cache.
  const { grain } = chooseGrain(params.get("grain"), range);

  await client.prefetchQuery(serverTrpc.journeys.list.queryOptions());
  const journey = chosenJourney(activeJourneys(client.getQueryData(serverTrpc.journeys.list.queryKey())), params);
  if (!journey) return;
  const journeyId = journey.id;

  const health = serverTrpc.dashboards.journeyHealth.queryOptions({ ...range, journeyId });
  const attributes = serverTrpc.dashboards.segmentAttributes.queryOptions({ journeyId });
  await Promise.all([client.prefetchQuery(health), client.prefetchQuery(attributes)]);
  void client.prefetchQuery(serverTrpc.dashboards.movers.queryOptions({ ...range, journeyId }));
  void client.prefetchQuery(serverTrpc.dashboards.themes.queryOptions({ ...range, grain, journeyId }));
  void client.prefetchQuery(serverTrpc.dashboards.sentimentTrend.queryOptions({ ...range, grain, journeyId }));

  const healthData = client.getQueryData(health.queryKey);
  const names = client.getQueryData(attributes.queryKey)?.attributes ?? [];
  const kpiId = trendKpi(healthData, params);
  if (kpiId) void client.prefetchQuery(serverTrpc.dashboards.kpiTrend.queryOptions({ ...range, kpiId, grain }));
  const cut = segmentCutChoice(names, surveyKpiOptions(healthData), params);
  if (cut.attribute && cut.kpiId) void client.prefetchQuery(serverTrpc.dashboards.segments.queryOptions({ ...range, ...cut }));
  const outcome = outcomeAttribute(names);
  if (outcome) void client.prefetchQuery(serverTrpc.dashboards.keyDrivers.queryOptions(keyDriversInput(range, journeyId, outcome)));
}
