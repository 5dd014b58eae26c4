import { default_w } from "ts-fsrs";

/**
 * ts-fsrs's default FSRS-6 parameters (21 numbers), the ones every user starts with. The
 * optimizer measures the fit of these against a user's history before offering fitted ones.
 */
export const DEFAULT_FSRS_PARAMETERS: readonly number[] = Object.freeze([...default_w]);
