/*
 * The published airline tweets went through a case-insensitive find-and-replace of "late" with
 * "Late Flight", "cancel" with "Cancelled Flight" and "booking" with "Flight Booking Problems"
 * ("Late Flightr" is "later", "Cancelled Flightled" is "cancelled", "reFlight Booking Problems"
 * is "rebooking"). Undoing it gives the customers' own words back, and keeps the theme figures
 * from counting the label's name pasted into the text.
 */
export function repairTweetText(text: string): string {
  return decodeHtmlEntities(text).replace(/Late Flight/g, "late").replace(/Cancelled Flight/g, "cancel").replace(/Flight Booking Problems/g, "booking");
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/*
 * Twitter's API returned text HTML-escaped ("&amp;", "&lt;3"), and the dataset kept it. One pass,
 * so "&amp;lt;" becomes "&lt;" (what the person typed), never "<". A number that is no character
 * (0, a surrogate, past U+10FFFF) and an unknown name are left as written.
 */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    const isCharacter = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return isCharacter ? String.fromCodePoint(code) : whole;
  });
}

const AIRLINE_HANDLES = /@(united|AmericanAir|SouthwestAir|JetBlue|USAirways|VirginAmerica)\b/gi;

/** A tweet as a Skyward customer's comment: repaired, and addressed to @SkywardAir. */
export function asSkywardComment(text: string): string {
  return repairTweetText(text).replace(AIRLINE_HANDLES, "@SkywardAir").replace(/\s+/g, " ").trim();
}
