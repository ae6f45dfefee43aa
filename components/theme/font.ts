import localFont from "next/font/local";

/**
 * Inter, the interface font, from the woff2 that @fontsource-variable/inter ships: next/font
 * serves it from our own origin (CSP font-src 'self', nothing downloaded at build or run time),
 * preloads it, and gives the page a fallback face sized to Inter's metrics, so text does not
 * move when the font arrives (a CSS @import of the package's stylesheet shifted the ballot by
 * a quarter of the screen on a phone). Only the Latin subset: one preloaded file for every
 * weight; letters outside it come from the metric-matched fallback.
 */
export const inter = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-inter",
  adjustFontFallback: "Arial",
});
