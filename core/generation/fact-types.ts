// Typed facts the extractors find in an article. Every fact names the sentences it came from.

import type { Season } from "./lexicon";

export type { Season };

/** Which calendar components a date asserts; "June 1999" has no day and must never print one. */
export interface DateParts {
  year: boolean;
  month: boolean;
  day: boolean;
  season: boolean;
}

export interface CalendarPoint {
  year: number;
  month?: number;
  day?: number;
  season?: Season;
  /** "the 2000s": `year` is the decade's first year. */
  decade?: boolean;
}

export interface FactDate {
  /** As a student reads it: "26 August 1999", "June 1999", "Spring to Autumn 1999", "1999". */
  label: string;
  /** EDTF (ISO 8601-2) text: "1999-08-26", "1999-06", "1999", "1999-21/1999-23" (seasons 21-24), "199X". */
  iso: string;
  parts: DateParts;
  start: CalendarPoint;
  end?: CalendarPoint;
  /** Earliest and latest day the date can mean, in days since 1970-01-01; for ordering and overlap. */
  firstDay: number;
  lastDay: number;
  /** How a relative date was worked out ("two days after 26 August 1999"). */
  derivation?: string;
  /** Sentence holding the explicit date a relative one counts from. */
  anchorSentenceId?: number;
}

export type DateMentionKind = "explicit" | "anchored" | "relative" | "ago" | "planned";

export interface DateMention {
  sentenceId: number;
  /** Offsets into the sentence text, covering the date words and their preposition ("in June 1999"). */
  start: number;
  end: number;
  /** The words of the date only ("June 1999"). */
  text: string;
  date: FactDate;
  kind: DateMentionKind;
  /** One of a list of dates ("in 1772, 1793 and 1795"): no single event goes with it. */
  series?: true;
  /** The dateline of a news report ("LEEDS, 17 September —") that is not the day of the event the sentence tells. */
  dateline?: true;
}

export interface DatedEvent {
  date: FactDate;
  /** Declarative, subject resolved, without the date: "Lyon hosted the first ... fair". */
  statement: string;
  /** The statement cut to its core, for timelines that list several events. */
  short: string;
  /** "When did Lyon host the first ... fair?" */
  question: string;
  /** Replaces "What happened in <date>?" when the event is not a plain clause. */
  dateQuestion?: string;
  /** Answer to `dateQuestion`; the statement otherwise. */
  dateAnswer?: string;
  /**
   * "What was founded by the council in 1999?": asks for the subject, for when "What happened
   * in 1999?" would have several answers.
   */
  subjectQuestion?: { prompt: string; answer: string };
  /** "until 1991", "since 1999", "by 1880": the date bounds the event instead of dating it. */
  bound?: "until" | "since" | "by";
  /** Clause, thing named by a noun ("the establishment of X"), or something planned for the date. */
  kind: "clause" | "nominal" | "planned";
  mentionText: string;
  sentenceIds: number[];
  /** 0-1; the sentence-level reader's events are less sure of their clause than the clause reader's. */
  confidence?: number;
  doubt?: string;
}

export interface PersonRole {
  /** As written: "foreign minister", "Prime Minister". */
  title: string;
  /** "then", "former", "as", ...; says when the role held relative to the text. */
  qualifier?: string;
  sentenceId: number;
}

export interface Person {
  name: string;
  surname: string;
  roles: PersonRole[];
  sentenceIds: number[];
}

export interface PersonAction {
  person: string;
  /** The role the text gives the person for this action, if it gives one nearby. */
  role?: PersonRole;
  /** Verb as written in the past tense ("put forward", "called for"), and its base form. */
  verb: string;
  base: string;
  /** What was acted on or said: "a new vision of the region", "greater cooperation with its neighbours". */
  object: string;
  /** Circumstances kept with the action ("at her speech in Lyon"). */
  circumstance?: string;
  date?: FactDate;
  /** Proposals, concepts and initiatives, as opposed to other acts. */
  initiative: boolean;
  sentenceIds: number[];
}

export interface EnumerationItem {
  text: string;
  sentenceId: number;
}

export interface Enumeration {
  /** "five parts of the Charter", "principles of the Union". */
  title: string;
  /** Count word the text announced ("five"), when it announced one. */
  announcedCount?: number;
  items: EnumerationItem[];
  style: "inline" | "spread" | "examples";
  sentenceIds: number[];
  /** The sentence with a blank where the items stand, when the title alone names no owner ("six target diseases"). */
  blanked?: string;
}

export type FigureKind = "money" | "percent" | "count" | "duration" | "measure";

export interface Figure {
  kind: FigureKind;
  /** As written: "700 million dollars", "four-year", "five". */
  text: string;
  value?: number;
  unit?: string;
  sentenceId: number;
  /** Offsets of `text` in the sentence. */
  start: number;
  end: number;
}

export type TermRelation = "gloss" | "description" | "calledBy" | "isA";

export interface TermDefinition {
  relation: TermRelation;
  /** The definition as stated ("laying the groundwork for decision-making"). */
  text: string;
  /** A question whose answer is `text`, when the wording allows a better one than "What is X?". */
  question?: string;
  sentenceIds: number[];
}

export interface Term {
  term: string;
  /** The article writes "the ‘X’": questions keep the article. */
  withThe?: boolean;
  /** "concept", "strategy", ... when the text names the kind of thing the term is. */
  category?: string;
  definitions: TermDefinition[];
  sentenceIds: number[];
}

export interface NamedThing {
  name: string;
  sentenceIds: number[];
}

export interface Facts {
  dates: DateMention[];
  events: DatedEvent[];
  people: Person[];
  actions: PersonAction[];
  enumerations: Enumeration[];
  figures: Figure[];
  terms: Term[];
  organisations: NamedThing[];
  places: NamedThing[];
}
