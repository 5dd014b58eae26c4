// Article text -> typed facts, each with the sentences it came from.

import { extractActions } from "./actions";
import { analyse, type Analysis } from "./analysis";
import { parseIsoDay } from "./calendar";
import { extractOrganisations, extractPlaces } from "./entities";
import { extractEnumerations } from "./enumerations";
import { extractEvents } from "./events";
import type { Facts } from "./fact-types";
import { extractFigures } from "./figures";
import { extractTerms } from "./terms";
import type { Sentence } from "./types";

export function extractFacts(sentences: readonly Sentence[], referenceDate?: string): { facts: Facts; analysis: Analysis } {
  const reference = referenceDate ? parseIsoDay(referenceDate) : undefined;
  const analysis = analyse(sentences, reference);
  const organisations = extractOrganisations(analysis);
  const facts: Facts = {
    dates: analysis.dates,
    events: extractEvents(analysis),
    people: analysis.people.people,
    actions: extractActions(analysis),
    enumerations: extractEnumerations(analysis),
    figures: extractFigures(analysis),
    terms: extractTerms(analysis),
    organisations,
    places: extractPlaces(analysis, organisations),
  };
  return { facts, analysis };
}
