/**
 * The add-in manifest, checked offline (office-addin-manifest validate needs the internet): the element order
 * the schema requires, a GUID id, https everywhere, every resid defined, an English override for every string,
 * transparent PNG icons of the sizes it names (drawn by scripts/makeIcons.cjs), and the requirement set of the
 * platforms we support (ExcelApi 1.14).
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

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

  it("says every string in English too (an en-US override beside each Vietnamese default)", () => {
    const strings = [...xml.matchAll(/<bt:String id="([^"]+)" DefaultValue="[^"]*"(\/?)>([\s\S]*?)(?=<bt:String|<\/bt:(?:Short|Long)Strings>)/g)];
    expect(strings.length).toBe(5);
    for (const [, id, selfClosing, body] of strings) {
      expect([id, selfClosing]).toEqual([id, ""]);
      expect([id, /<bt:Override Locale="en-US" Value="[^"]+"\/>/.test(body ?? "")]).toEqual([id, true]);
    }
    for (const element of ["DisplayName", "Description"]) {
      expect(xml).toMatch(new RegExp(`<${element} DefaultValue="[^"]+">\\s*<Override Locale="en-US" Value="[^"]+"/>`));
    }
  });

  it("has ribbon icons of 16, 32 and 80 pixels on a transparent background, as scripts/makeIcons.cjs draws them", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { renderIcon } = require("../../scripts/makeIcons.cjs") as { renderIcon: (size: number) => Buffer };
    const ribbon = [...xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)].map((m) => [Number(m[1]), m[2]] as const);
    expect([...new Set(ribbon.map(([size]) => size))].sort((a, b) => a - b)).toEqual([16, 32, 80]);
    for (const [size, resid] of ribbon) {
      const url = new RegExp(`<bt:Image id="${(resid ?? "").replace(".", "\\.")}" DefaultValue="https://localhost:3000/([^"]+)"`).exec(xml)?.[1] ?? "";
      const file = fs.readFileSync(path.join(ROOT, url));
      const png = decodePng(file);
      expect([url, png.width, png.height, png.colourType]).toEqual([url, size, size, 6]);
      const alpha = (x: number, y: number): number => png.rgba[(y * size + x) * 4 + 3] ?? -1;
      // The corners are see-through; the middle of the sheet is solid.
      expect([alpha(0, 0), alpha(size - 1, 0), alpha(0, size - 1), alpha(size - 1, size - 1)]).toEqual([0, 0, 0, 0]);
      expect(alpha(Math.floor(size / 2), Math.floor(size / 2))).toBe(255);
      expect(file.equals(renderIcon(size))).toBe(true);
    }
  });

  it("asks for ExcelApi 1.14, Office 2021's level, and no more", () => {
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.14"\/>/);
    expect([...xml.matchAll(/<Set Name="([^"]+)"/g)].map((m) => m[1])).toEqual(["ExcelApi"]);
    expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
  });
});

/** A PNG's size, colour type and RGBA pixels (8-bit, non-interlaced; the five scanline filters undone). */
function decodePng(buf: Buffer): { width: number; height: number; colourType: number; rgba: Buffer } {
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  let width = 0;
  let height = 0;
  let colourType = -1;
  const idat: Buffer[] = [];
  for (let i = 8; i < buf.length; ) {
    const length = buf.readUInt32BE(i);
    const type = buf.toString("ascii", i + 4, i + 8);
    const data = buf.subarray(i + 8, i + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      colourType = data[9] ?? -1;
      expect([data[8], data[12]]).toEqual([8, 0]);
    } else if (type === "IDAT") idat.push(data);
    i += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const bpp = 4;
  const stride = width * bpp;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x++) {
      const byte = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= bpp ? (out[y * stride + x - bpp] ?? 0) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= bpp && y > 0 ? (out[(y - 1) * stride + x - bpp] ?? 0) : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const add = [0, a, b, Math.floor((a + b) / 2), paeth][filter] ?? 0;
      out[y * stride + x] = (byte + add) & 0xff;
    }
  }
  return { width, height, colourType, rgba: out };
}
