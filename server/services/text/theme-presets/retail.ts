import "server-only";
import type { Theme } from "../themes";

/*
 * Retail and e-commerce: clothing, shoes and goods bought in a shop or online. Terms are matched
 * on Porter stems (server/services/text/themes.ts): "fit" also finds fits and fitted, "ship" finds
 * shipped and shipping; words whose stem is a common word are written as phrases ("runs small",
 * "true to size"). A clothing review names its fit, fabric and look far more than its delivery,
 * so those themes are the finest. No labelled set exists in ../shared/datasets for retail;
 * bench/theme-presets.ts says so and reports coverage only (docs/benchmarks.md).
 */
export const RETAIL_THEMES: Theme[] = [
  {
    name: "fit and size",
    terms: [
      "fit", "size", "sizing", "size up", "size down", "sized up", "sized down", "true to size", "runs small",
      "runs large", "runs big", "too big", "too small", "too tight", "too loose", "too long", "too short", "tight",
      "loose", "snug", "baggy", "petite", "length", "waist", "hips", "bust", "chest", "shoulders", "inseam",
      "size chart", "size guide", "xs", "xl",
    ],
  },
  {
    name: "product quality",
    terms: [
      "quality", "well made", "poorly made", "cheaply made", "badly made", "flimsy", "sturdy", "durable", "durability",
      "stitching", "seam", "pilling", "faded", "shrink", "shrank", "shrunk", "defect", "defective", "faulty",
      "fell apart", "falling apart", "stopped working", "cheap looking", "looks cheap", "feels cheap", "thin",
      "see through", "see-through", "sheer", "hole", "unravel",
    ],
  },
  {
    name: "material and fabric",
    terms: [
      "material", "fabric", "cotton", "linen", "silk", "wool", "polyester", "rayon", "knit", "denim", "leather",
      "lining", "texture", "stretch", "stretchy", "itchy", "scratchy",
    ],
  },
  {
    name: "look and style",
    terms: [
      "color", "colour", "style", "design", "pattern", "print", "cute", "pretty", "beautiful", "gorgeous",
      "flattering", "unflattering", "stylish", "elegant", "looks great", "looks good", "in person", "in the picture",
      "the photo", "the photos", "online picture", "versatile", "compliments",
    ],
  },
  {
    name: "comfort",
    terms: ["comfortable", "comfort", "uncomfortable", "soft", "cozy", "cosy", "breathable", "lightweight", "heavy", "warm"],
  },
  {
    name: "price and value",
    terms: [
      "price", "pricing", "expensive", "overpriced", "cheap", "cost", "value", "value for money", "worth", "on sale",
      "sale", "discount", "deal", "bargain", "full price", "afford", "affordable", "coupon", "promo",
    ],
  },
  {
    name: "delivery",
    terms: [
      "delivery", "deliver", "shipping", "ship", "courier", "parcel", "package", "arrive", "tracking", "dispatch",
      "postage", "never arrived", "next day", "took weeks", "late delivery", "lost in the post",
    ],
  },
  {
    name: "returns and refunds",
    terms: [
      "return", "refund", "exchange", "money back", "store credit", "return label", "send back", "sent back",
      "sending back", "send it back", "sent it back", "going back",
    ],
  },
  {
    name: "stock and availability",
    terms: [
      "in stock", "out of stock", "sold out", "stock", "availability", "available", "unavailable", "restock",
      "backorder", "back order", "back ordered", "sizes left", "only had",
    ],
  },
  {
    name: "checkout and payment",
    terms: [
      "checkout", "check out", "cart", "basket", "payment", "paypal", "credit card", "promo code", "discount code",
      "voucher", "gift card", "charged twice", "double charged", "klarna", "afterpay",
    ],
  },
  {
    name: "website and app",
    terms: [
      "website", "web site", "site", "app", "online", "login", "log in", "password", "my account", "search",
      "filter", "product page", "description", "product description", "error message",
    ],
  },
  {
    name: "staff and store service",
    terms: [
      "staff", "sales assistant", "shop assistant", "assistant", "cashier", "associate", "employee", "salesperson",
      "sales lady", "manager", "rude", "polite", "very helpful", "so helpful", "very friendly", "so friendly",
      "attentive", "pushy",
    ],
  },
  {
    name: "store experience",
    terms: [
      "store", "shop", "in store", "in-store", "fitting room", "dressing room", "changing room", "queue", "long line",
      "till", "self checkout", "aisle", "layout", "crowded", "messy", "tidy", "display", "mall",
    ],
  },
  {
    name: "customer service",
    terms: [
      "customer service", "customer care", "complaint", "complain", "contact", "email", "phone", "call", "chat",
      "live chat", "no response", "never heard back", "reply", "respond", "response",
    ],
  },
  {
    name: "damaged or wrong items",
    terms: [
      "damaged", "damage", "wrong item", "wrong size", "wrong colour", "wrong color", "missing", "not as described",
      "not what i ordered", "scratched", "dented", "crushed", "stained", "ripped", "torn", "broken",
    ],
  },
  {
    name: "packaging",
    terms: ["packaging", "packaged", "box", "wrapped", "wrapping", "gift wrap", "plastic", "packed"],
  },
];
