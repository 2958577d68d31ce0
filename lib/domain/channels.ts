/** Where a touch point meets the customer: the database enum, the schemas and the pickers derive from it. */
export const CHANNELS = ["web", "app", "phone", "email", "chat", "in_person", "social", "other"] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  web: "Web",
  app: "App",
  phone: "Phone",
  email: "Email",
  chat: "Chat",
  in_person: "In person",
  social: "Social",
  other: "Other",
};
