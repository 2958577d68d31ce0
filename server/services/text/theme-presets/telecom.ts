import "server-only";
import type { Theme } from "../themes";

/*
 * Telecom: mobile, broadband and TV. Terms are matched on Porter stems
 * (server/services/text/themes.ts); "down" alone would find "turned down" and "down payment", so
 * outages are written as phrases. No labelled set exists in ../shared/datasets for telecom;
 * bench/theme-presets.ts says so (docs/benchmarks.md).
 */
export const TELECOM_THEMES: Theme[] = [
  {
    name: "coverage and signal",
    terms: [
      "signal", "coverage", "reception", "no service", "dead zone", "dropped call", "dropped calls", "drops calls",
      "no signal", "weak signal", "bars", "mast", "tower", "not spot",
    ],
  },
  {
    name: "speed",
    terms: [
      "speed", "slow", "fast", "mbps", "bandwidth", "lag", "laggy", "buffering", "latency", "ping", "throttle",
      "throttling", "download speed", "upload speed", "fibre", "fiber", "broadband speed",
    ],
  },
  {
    name: "outages",
    terms: [
      "outage", "is down", "was down", "went down", "been down", "internet down", "service down", "not working",
      "stopped working", "disconnect", "keeps dropping", "drops out", "dropping out", "no internet", "interruption",
      "offline", "intermittent",
    ],
  },
  {
    name: "billing",
    terms: [
      "bill", "billing", "invoice", "overcharge", "overcharged", "charged twice", "double charged", "direct debit",
      "payment", "hidden fee", "hidden fees", "fee", "charge", "refund", "credit on my account", "autopay",
    ],
  },
  {
    name: "price and plans",
    terms: [
      "price", "plan", "tariff", "package", "bundle", "deal", "data allowance", "allowance", "unlimited", "data cap",
      "expensive", "cheap", "value for money", "price increase", "price rise", "promotion", "offer", "discount",
    ],
  },
  {
    name: "contracts and cancellation",
    terms: [
      "contract", "cancel", "cancellation", "early termination", "termination fee", "notice period", "lock in",
      "locked in", "renewal", "renew", "switch provider", "switching", "port my number", "porting", "pac code",
      "out of contract",
    ],
  },
  {
    name: "installation and engineers",
    terms: [
      "install", "installation", "installer", "engineer", "technician", "appointment", "no show", "didn't show",
      "did not show", "visit", "setup", "set up", "activation", "activate", "go live", "connection date",
    ],
  },
  {
    name: "equipment",
    terms: [
      "router", "modem", "hub", "set top box", "sim", "sim card", "handset", "device", "cable", "wifi", "wi-fi",
      "wi fi", "remote", "replacement", "phone", "equipment",
    ],
  },
  {
    name: "customer service",
    terms: [
      "customer service", "customer support", "support", "agent", "representative", "rep", "on hold", "hold time",
      "hung up", "call center", "call centre", "chat", "live chat", "transferred", "rude", "very helpful",
      "so helpful", "unhelpful", "escalate", "complaint",
    ],
  },
  {
    name: "tv and streaming",
    terms: ["tv", "television", "channel", "streaming", "sports", "netflix", "on demand", "recording", "guide", "box set"],
  },
  {
    name: "mobile data and roaming",
    terms: ["data", "roaming", "abroad", "international", "texts", "minutes", "hotspot", "tethering", "mobile data"],
  },
  {
    name: "online account and app",
    terms: ["app", "website", "my account", "online account", "login", "log in", "password", "portal", "self service", "online"],
  },
];
