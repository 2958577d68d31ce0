/**
 * The starting theme taxonomies an organisation chooses from at sign-up. The themes and their
 * terms live with the analyser (server/services/text/theme-presets); this list is what a form shows.
 */
export const THEME_PRESETS = [
  { id: "generic", label: "Generic service", description: "Staff, waiting, price, quality, communication: fits any service." },
  { id: "airline", label: "Airline", description: "Booking, check-in, delays, baggage, cabin crew, seats, lounges." },
  { id: "retail", label: "Retail and e-commerce", description: "Fit and size, product quality, delivery, returns, stock, checkout." },
  { id: "banking", label: "Banking and insurance", description: "Fees, cards, fraud, loans, claims, account access, credit reports." },
  { id: "telecom", label: "Telecom", description: "Coverage, speed, outages, billing, contracts, installation." },
  { id: "hospitality", label: "Hospitality", description: "Rooms, cleanliness, food, check-in, noise, location." },
  { id: "public", label: "Public services", description: "Appointments, forms, waiting times, eligibility, information." },
  { id: "none", label: "Start empty", description: "No themes until you add your own or accept suggested ones." },
] as const;

export type ThemePresetId = (typeof THEME_PRESETS)[number]["id"];

export const THEME_PRESET_IDS = THEME_PRESETS.map((preset) => preset.id) as [ThemePresetId, ...ThemePresetId[]];
