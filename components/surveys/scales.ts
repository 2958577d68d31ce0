import type { ScoreKind } from "@/server/services/surveys/questions";

export type Scale = {
  min: number;
  max: number;
  /** A word for every value where one fits (5- and 7-point scales); the ends always have one. */
  labels: Record<number, string>;
  /** Tiles per row on a phone; 0-10 in one row would be too small to tap. */
  phoneColumns: number;
};

export const SCALES: Record<ScoreKind, Scale> = {
  nps: { min: 0, max: 10, labels: { 0: "Not at all likely", 10: "Extremely likely" }, phoneColumns: 6 },
  csat: {
    min: 1,
    max: 5,
    labels: { 1: "Very dissatisfied", 2: "Dissatisfied", 3: "Neither satisfied nor dissatisfied", 4: "Satisfied", 5: "Very satisfied" },
    phoneColumns: 5,
  },
  ces: {
    min: 1,
    max: 7,
    labels: {
      1: "Strongly disagree",
      2: "Disagree",
      3: "Somewhat disagree",
      4: "Neither agree nor disagree",
      5: "Somewhat agree",
      6: "Agree",
      7: "Strongly agree",
    },
    phoneColumns: 7,
  },
  rating: { min: 1, max: 5, labels: { 1: "Very poor", 2: "Poor", 3: "Fair", 4: "Good", 5: "Excellent" }, phoneColumns: 5 },
};

export const scaleValues = (scale: Scale) => Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
