export { catalog } from "./generated/catalog-data.js";
export * from "./model.js";
