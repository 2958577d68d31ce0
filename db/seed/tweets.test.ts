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

  it("makes the comment Skyward's, with the customer's own characters and without the opening mentions or links", () => {
    expect(asSkywardComment("@united  my bag &amp; stroller &gt;  2 hrs\n&lt;3 @united http://t.co/x1")).toBe("my bag & stroller > 2 hrs <3 @SkywardAir");
    expect(asSkywardComment(".@JetBlue best crew ever #jetblueforever")).toBe("best crew ever #Skywardforever");
    expect(asSkywardComment("@USAirways US Airways lost my bag #usairwaysfail")).toBe("Skyward lost my bag #Skywardfail");
    expect(asSkywardComment("@VirginAmerica flying Virgin America again")).toBe("flying Skyward again");
  });

  it("leaves out a tweet that compares airlines or names a person", () => {
    expect(asSkywardComment("@united American would never do this")).toBeNull();
    expect(asSkywardComment("@JetBlue better than Delta Airlines")).toBeNull();
    expect(asSkywardComment("@VirginAmerica I prefer Virgin Atlantic")).toBeNull();
    expect(asSkywardComment("@united thanks to @jane_doe at the desk")).toBeNull();
  });
});
