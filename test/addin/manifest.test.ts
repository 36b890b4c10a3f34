/**
 * The add-in manifest, checked offline (office-addin-manifest validate needs the internet): the element order
 * the schema requires, a GUID id, https everywhere, every resid defined, icons that exist, and the requirement set
 * of the platforms we support (ExcelApi 1.14).
 */
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** Top-level children of <OfficeApp>, in document order. */
function topLevelElements(): string[] {
  const body = xml.slice(xml.indexOf(">", xml.indexOf("<OfficeApp")) + 1, xml.lastIndexOf("</OfficeApp>"));
  const names: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:.]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (closing) depth--;
    else {
      if (depth === 0 && name) names.push(name);
      if (!selfClosing) depth++;
    }
  }
  return names;
}

describe("manifest.xml", () => {
  it("keeps the schema's order of the OfficeApp elements", () => {
    const order = [
      "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
      "VersionOverrides",
    ];
    const found = topLevelElements();
    expect(found).toEqual(order.filter((e) => found.includes(e)));
    expect(found).toEqual(expect.arrayContaining(["Id", "Version", "DefaultLocale", "DisplayName", "Hosts", "DefaultSettings", "Permissions"]));
  });

  it("has a GUID id and a four-part version", () => {
    expect(/<Id>([^<]+)<\/Id>/.exec(xml)?.[1]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(/<Version>([^<]+)<\/Version>/.exec(xml)?.[1]).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("points only at https addresses", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  it("defines every resid it uses, once", () => {
    const used = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const defined = [...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(defined).size).toBe(defined.length);
    for (const id of used) expect(defined).toContain(id);
    // Short strings are limited to 125 characters, long ones to 250.
    for (const m of xml.matchAll(/<bt:String id="[^"]+" DefaultValue="([^"]*)"/g)) expect((m[1] ?? "").length).toBeLessThanOrEqual(250);
  });

  it("ships the icons it names", () => {
    for (const m of xml.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+\.png)/g)) {
      expect(fs.existsSync(path.join(ROOT, m[1] ?? ""))).toBe(true);
    }
  });

  it("asks for ExcelApi 1.14, Office 2021's level, and no more", () => {
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.14"\/>/);
    expect([...xml.matchAll(/<Set Name="([^"]+)"/g)].map((m) => m[1])).toEqual(["ExcelApi"]);
    expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
  });
});
