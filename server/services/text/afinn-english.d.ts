// The `sentiment` package's English language module (CommonJS, untyped): AFINN-165's words and
// their valences (-5..5), emoji included, as the package itself scores them.
declare module "sentiment/languages/en/index.js" {
  const english: { labels: Record<string, number> };
  export default english;
}
