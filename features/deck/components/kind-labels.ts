import type { CardKind } from "@/core/generation/types";

export const KIND_LABELS: Record<CardKind, string> = {
  dateToEvent: "Date → event",
  eventToDate: "Event → date",
  personToAction: "Person → action",
  actionToPerson: "Action → person",
  listRecall: "List",
  figure: "Figure",
  term: "Term",
  cloze: "Cloze",
  timeline: "Timeline",
  basic: "Question",
};
