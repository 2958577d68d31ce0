import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownContent } from "./markdown-content";

const render = (markdown: string) => renderToStaticMarkup(createElement(MarkdownContent, { markdown }));

describe("a module's markdown content", () => {
  it("renders headings, lists and emphasis", () => {
    const html = render("## Why\n\n1. Notice\n2. *Name* it");
    expect(html).toContain("<h2>Why</h2>");
    expect(html).toContain("<ol>");
    expect(html).toContain("<em>Name</em>");
  });

  it("never renders raw HTML or script links written into the content", () => {
    const html = render('<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3))');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("onerror");
    expect(html).not.toContain("javascript:");
    expect(html).toContain(">click</a>");
  });
});
