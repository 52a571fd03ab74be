import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkManifestRules, rebaseManifest, validateManifestSchema } from "../../scripts/lib/manifest";

const root = resolve(__dirname, "../..");
const assets = join(root, "assets");
const schemas = resolve(root, "../shared/manifest-schemas");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const haveSchemas = existsSync(schemas);
if (!haveSchemas) console.warn(`SKIPPED: manifest XSD tests — ${schemas} not found`);

const rules = (xml: string) => checkManifestRules(xml, assets).map((p) => p.rule);

describe("manifest.xml", () => {
  test("passes every rule check", () => {
    expect(checkManifestRules(manifest, assets)).toEqual([]);
  });

  (haveSchemas ? test : test.skip)("validates against Microsoft's XSDs", async () => {
    expect(await validateManifestSchema(manifest, schemas)).toEqual([]);
  });

  (haveSchemas ? test : test.skip)("the XSDs reject a permission Word does not know", async () => {
    const bad = manifest.replace(
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>Everything</Permissions>",
    );
    expect((await validateManifestSchema(bad, schemas)).length).toBeGreaterThan(0);
  });

  test.each([
    [
      "https",
      (x: string) => x.replace('"https://localhost:3000/taskpane.html"', '"http://localhost:3000/taskpane.html"'),
    ],
    ["resid", (x: string) => x.replace('resid="Group.Label"', 'resid="Group.Missing"')],
    ["icon", (x: string) => x.replace(/icon-80\.png/g, "icon-81.png")],
    ["id", (x: string) => x.replace(/<Id>[^<]+<\/Id>/, "<Id>not-a-guid</Id>")],
    ["permissions", (x: string) => x.replace("ReadWriteDocument", "ReadDocument")],
    [
      "requirements",
      (x: string) => x.replace('<Set Name="WordApi" MinVersion="1.3"/>', '<Set Name="WordApi" MinVersion="1.1"/>'),
    ],
    ["host", (x: string) => x.replace('<Host Name="Document"/>', '<Host Name="Workbook"/>')],
  ])("a manifest with a broken %s rule is caught", (rule, breakIt) => {
    expect(rules(breakIt(manifest))).toContain(rule);
  });

  test("a production base URL replaces every localhost URL and still passes", () => {
    const rebased = rebaseManifest(manifest, "https://addins.example.gov.vn/dien-mau/");
    expect(rebased).not.toContain("localhost");
    expect(rebased).toContain("<AppDomain>https://addins.example.gov.vn</AppDomain>");
    expect(rebased).toContain('"https://addins.example.gov.vn/dien-mau/taskpane.html"');
    expect(checkManifestRules(rebased, assets)).toEqual([]);
  });

  test("a base URL that is not https is refused", () => {
    expect(() => rebaseManifest(manifest, "http://intranet/dien-mau/")).toThrow(/https/);
  });
});
