/** Where kudos came from: a customer's positive answer naming the person, their lead, a director, or a colleague. */
export const RECOGNITION_SOURCES = ["customer", "lead", "peer", "director"] as const;
export type RecognitionSource = (typeof RECOGNITION_SOURCES)[number];
