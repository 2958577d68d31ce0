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

/*
 * The airlines the tweets were addressed to (the dataset's "Delta" rows are @JetBlue tweets, and
 * Delta is named in others) and other carriers a tweet may compare with: as a word, or anywhere
 * in a hashtag (#jetblueforever, #lovejetblue).
 */
const airlineName = (name: string, short?: string, flags = "gi") =>
  new RegExp(`(?<![a-z])(?:${name})|(?<=#\\w*)(?:${name})${short ? `|\\b${short}\\b` : ""}`, flags);
const ADDRESSED_AIRLINES: readonly RegExp[] = [
  airlineName("united(?: ?airlines)?"),
  airlineName("american(?: ?air(?:lines)?)?", "AA"),
  airlineName("southwest(?: ?air(?:lines)?)?", "SWA"),
  airlineName("jet ?blue"),
  airlineName("us ?air(?:ways)?"),
  airlineName("virgin(?: ?america)?(?! ?atlantic)"),
  airlineName("delta(?: ?air(?:lines)?)?"),
];
const OTHER_AIRLINES = airlineName(
  "virgin ?atlantic|alaska ?air|spirit ?air|frontier|hawaiian|allegiant|british ?airways|lufthansa|emirates|air ?canada|westjet|ryanair|easyjet|klm|qantas|sun ?country",
  undefined,
  "i",
);
/** A name still there inside a word ("Neverflyunited", "Panamerican") or one not listed above: leave the tweet out. */
const AIRLINE_LEFT = /united|american|southwest|jet ?blue|us ?air|virgin|delta|alaska|spirit|frontier|copa|hawaiian|lufthansa|westjet|qantas/i;
const LINKS = /https?:\/\/\S+/g;
const LEADING_MENTIONS = /^(?:[.\u201c"]?@\w+[:,]?\s*)+/;

/**
 * A tweet as a Skyward customer's comment: repaired, without links or the mentions it opened
 * with, and the airline it was about named Skyward (in words and hashtags). Null when it cannot
 * be Skyward's: it names two airlines (a comparison), a carrier outside the dataset, or a person's
 * handle.
 */
export function asSkywardComment(text: string): string | null {
  const whole = repairTweetText(text).replace(LINKS, " ").replace(/\s+/g, " ").trim();
  if (OTHER_AIRLINES.test(whole)) return null;
  // Counted with the opening mentions: "@united American would never..." names two airlines.
  const named = ADDRESSED_AIRLINES.filter((pattern) => whole.search(pattern) >= 0);
  if (named.length > 1) return null;
  const plain = whole.replace(LEADING_MENTIONS, "");
  const skyward = named.reduce((out, pattern) => out.replace(pattern, "Skyward"), plain).replace(/@Skyward\b/g, "@SkywardAir");
  if (/@(?!SkywardAir\b)\w/.test(skyward) || AIRLINE_LEFT.test(skyward)) return null;
  return skyward.trim();
}
