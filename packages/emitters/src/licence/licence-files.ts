import type { Catalog, CatalogSource } from "@aml-errors/catalog/model";
import type { OutputFile } from "../output.js";

/** The SPDX expression of every published package: our code, and the texts of the pages. */
export const PACKAGE_LICENSE = "MIT AND CC-BY-4.0";

const MIT = `MIT License

Copyright (c) 2026 The aml-errors authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.`;

const CC_BY = "Creative Commons Attribution 4.0 International licence (CC BY 4.0)";
const CC_BY_URL = "https://creativecommons.org/licenses/by/4.0/legalcode";

function licenseText(packageName: string): string {
  return `${packageName} is made of two kinds of material, under two licences
(SPDX: ${PACKAGE_LICENSE}).

1. The code, the schemas' structure and the package's own documentation,
   under the MIT License below.

2. The texts of the error classes and codes (class names as headings,
   summaries, descriptions and user messages, in every language), which
   come from Microsoft's documentation pages listed in NOTICE. They are
   licensed by Microsoft under the ${CC_BY}:
   ${CC_BY_URL}
   NOTICE gives the attribution that licence requires.

----------------------------------------------------------------------------

${MIT}
`;
}

function title(source: CatalogSource): string {
  const value = source.meta.title;
  return typeof value === "string" && value.trim() !== "" ? value.trim() : source.id;
}

function sourceLines(source: CatalogSource): string {
  const where = source.upstream ?? "published on Microsoft Docs; its source repository is not public";
  return `- ${source.locale}: "${title(source)}"\n  ${where}`;
}

function noticeText(packageName: string, catalog: Catalog): string {
  return `${packageName}
Copyright (c) 2026 The aml-errors authors. Code under the MIT License (see LICENSE).

This package contains texts from Microsoft's documentation: the reference
page of the Azure Machine Learning (classic) REST API error codes and its
translations, (c) Microsoft Corporation, published on Microsoft Docs under
the ${CC_BY},
${CC_BY_URL}

Changes: the error classes, HTTP statuses, codes and messages were
extracted into tables and rendered as code, schemas and message bundles;
the texts are unchanged apart from their markdown formatting (links and
emphasis flattened to plain text).

Source pages, by locale:
${catalog.sources.map(sourceLines).join("\n")}
`;
}

/** The LICENSE and NOTICE of one published package; the texts' attribution follows the catalog's sources. */
export function licenceFiles(folder: string, packageName: string, catalog: Catalog): OutputFile[] {
  return [
    { path: `${folder}/LICENSE`, contents: licenseText(packageName) },
    { path: `${folder}/NOTICE`, contents: noticeText(packageName, catalog) },
  ];
}
