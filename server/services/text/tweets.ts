/*
 * The published airline tweets went through a case-insensitive find-and-replace of "late" with
 * "Late Flight" and "cancel" with "Cancelled Flight" ("Late Flightr" is "later",
 * "Cancelled Flightled" is "cancelled"). Undoing it gives the customers' own words back, and
 * keeps the theme figures from counting the label's name pasted into the text.
 */
export function repairTweetText(text: string): string {
  return text.replace(/Late Flight/g, "late").replace(/Cancelled Flight/g, "cancel");
}

const AIRLINE_HANDLES = /@(united|AmericanAir|SouthwestAir|JetBlue|USAirways|VirginAmerica)\b/gi;

/** A tweet as a Skyward customer's comment: repaired, and addressed to @SkywardAir. */
export function asSkywardComment(text: string): string {
  return repairTweetText(text).replace(AIRLINE_HANDLES, "@SkywardAir").replace(/\s+/g, " ").trim();
}
