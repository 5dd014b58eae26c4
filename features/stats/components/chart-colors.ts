/**
 * Mid-tone colours that read on both the light and the dark theme. A plain module, not the
 * "use client" chart file: a server component importing a value from there gets a reference.
 */
export const CHART_COLORS = { blue: "#4c6ef5", green: "#2f9e44", orange: "#e8590c", red: "#e03131", grey: "#868e96" } as const;
export const AXIS_COLOR = "#8a8a96";
