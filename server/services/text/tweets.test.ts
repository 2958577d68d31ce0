import { describe, expect, it } from "vitest";
import { asSkywardComment, decodeHtmlEntities, repairTweetText } from "./tweets";

describe("decodeHtmlEntities", () => {
  it("decodes the entities the airline tweets hold, named and numbered", () => {
    expect(decodeHtmlEntities("bags &amp; seats")).toBe("bags & seats");
    expect(decodeHtmlEntities("I &lt;3 this crew &gt;:(")).toBe("I <3 this crew >:(");
    expect(decodeHtmlEntities("&quot;on time&quot; &#39;they said&#39; &apos;ok&apos;")).toBe(`"on time" 'they said' 'ok'`);
    expect(decodeHtmlEntities("caf&#233; &#x2708;&#X1F600;")).toBe("café ✈😀");
  });

  it("decodes once: an escaped entity comes back as the person typed it", () => {
    expect(decodeHtmlEntities("&amp;lt; is how you write &lt;")).toBe("&lt; is how you write <");
  });

  it("leaves what is not an entity alone", () => {
    for (const text of ["AT&T", "a & b", "&unknown;", "&#0;", "&#xD800;", "&#x110000;", "&amp", "&#;"]) expect(decodeHtmlEntities(text)).toBe(text);
  });
});

describe("the tweets as Skyward comments", () => {
  it("repairs the dataset's label replacement and decodes entities together", () => {
    expect(repairTweetText("Late Flightr today &amp; Cancelled Flightled tomorrow")).toBe("later today & cancelled tomorrow");
  });

  it("addresses the comment to Skyward, with the customer's own characters", () => {
    expect(asSkywardComment("@united  my bag &amp; stroller &gt;  2 hrs\n&lt;3 @JetBlue")).toBe("@SkywardAir my bag & stroller > 2 hrs <3 @SkywardAir");
  });
});
