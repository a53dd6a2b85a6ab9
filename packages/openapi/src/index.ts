export { document } from "./generated/document.js";
export { problemDocument } from "./generated/problem-document.js";
