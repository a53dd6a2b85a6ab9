// Locale matching by CLDR likely subtags, alone: no data, no dependency.
export { isFallbackLocale, likelySubtags, rankLocales } from "./locale-match.js";
