import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const licenceOf = (readme: string) => readme.slice(readme.indexOf("## Licence"));

describe("README", () => {
  it("ends with the Licence section every generated README has", () => {
    expect(licenceOf(read("../README.md"))).toBe(licenceOf(read("../../codes/README.md")));
  });

  it("names every export", async () => {
    const readme = read("../README.md");
    const exported = Object.keys(await import("../src/index.js")).filter((name) => !name.startsWith("MAX_"));
    for (const name of exported) expect({ name, named: readme.includes(name) }).toEqual({ name, named: true });
  });
});
