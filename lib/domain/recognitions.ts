export const RECOGNITION_SOURCES = ["customer", "lead", "peer"] as const;
export type RecognitionSource = (typeof RECOGNITION_SOURCES)[number];
