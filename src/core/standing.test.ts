import { readFileSync } from "node:fs";
import { join } from "node:path";
import { scan, snapshotFromText } from "./index";
import {
  readStandingFile,
  standingFrom,
  standingKeyOf,
  standingOffers,
  toStandingFile,
  type StandingValues,
} from "./standing";
import type { Field } from "./types";

const template = scan({
  snapshot: snapshotFromText(readFileSync(join(__dirname, "..", "..", "assets", "template.txt"), "utf8")),
});

function field(label: string, kind: Field["kind"] = "text", extra: Partial<Field> = {}): Field {
  return {
    id: label,
    label,
    kind,
    unit: null,
    hint: null,
    blankIds: [],
    filled: false,
    readOnly: false,
    multiline: false,
    ...extra,
  };
}

describe("standingKeyOf", () => {
  it("finds the office's own facts in the shipped template, and nothing that changes with each report", () => {
    const keyed = template.fields.flatMap((f) => {
      const key = standingKeyOf(f);
      return key ? [[f.label, key]] : [];
    });
    expect(keyed).toEqual([
      ["Tên huyện", "district"],
      ["Tên đảng ủy", "committee"],
      ["Địa danh", "placeName"],
      ["Tên xã", "commune"],
      ["Diện tích tự nhiên (ha)", "area"],
      ["Dân số (người)", "population"],
      ["Số thôn dân cư", "hamlets"],
    ]);
  });

  it.each([
    ["Tên phường", "text", "commune"],
    ["Tên thị trấn", "text", "commune"],
    ["Tên quận", "text", "district"],
    ["Tên tỉnh", "text", "province"],
    ["Số tổ dân phố", "number", "hamlets"],
    ["Tổng diện tích đất tự nhiên (km2)", "number", "area"],
    ["Tên huyện (quận)/tỉnh (thành phố)", "text", null],
  ] as const)("reads %s as %s → %s on other forms", (label, kind, key) => {
    expect(standingKeyOf(field(label, kind))).toBe(key);
  });

  it("leaves a report's own figures and a mismatched kind alone", () => {
    expect(standingKeyOf(field("Số đảng viên", "number"))).toBeNull();
    expect(standingKeyOf(field("Dân số", "text"))).toBeNull();
    expect(standingKeyOf(field("Tên xã", "text", { readOnly: true }))).toBeNull();
    expect(standingKeyOf(field("Tên xã bạn kết nghĩa", "text"))).toBeNull();
  });
});

describe("offers and saving", () => {
  const saved: StandingValues = { commune: "Phước Hòa", district: "Tuy Phước", area: "2.345,6" };

  it("offers a saved answer to every empty field that means the same thing, and never over a value", () => {
    const offers = standingOffers(template.fields, saved, {});
    const byLabel = offers.map((o) => [template.fields.find((f) => f.id === o.fieldId)!.label, o.value]);
    expect(byLabel).toEqual([
      ["Tên huyện", "Tuy Phước"],
      ["Tên xã", "Phước Hòa"],
      ["Diện tích tự nhiên (ha)", "2.345,6"],
    ]);
    const commune = template.fields.find((f) => f.label === "Tên xã")!;
    expect(standingOffers(template.fields, saved, { [commune.id]: "Xã khác" }).map((o) => o.key)).toEqual([
      "district",
      "area",
    ]);
  });

  it("saves the first value given for each meaning, trimmed, and skips empty ones", () => {
    const fs = [field("Tên xã"), field("Tên xã", "text", { id: "second" }), field("Dân số", "number")];
    expect(standingFrom(fs, { "Tên xã": "  Phước   Hòa ", second: "Khác", "Dân số": " " })).toEqual({
      commune: "Phước Hòa",
    });
  });
});

describe("export files", () => {
  it("reads back what it wrote", () => {
    const file = toStandingFile({ commune: "Phước Hòa", population: "12.480" }, new Date("2026-12-07T08:00:00Z"));
    const read = readStandingFile("\uFEFF" + JSON.stringify(file));
    expect(read).toEqual({ ok: true, file });
  });

  it("refuses what is not an export, with a reason, and drops keys it does not know", () => {
    expect(readStandingFile("{not json")).toEqual({ ok: false, error: "not-json" });
    expect(readStandingFile('{"values":{}}')).toEqual({ ok: false, error: "not-standing" });
    expect(readStandingFile('{"app":"dien-mau","kind":"standing-answers","version":2,"values":{}}')).toEqual({
      ok: false,
      error: "newer-version",
    });
    const read = readStandingFile(
      '{"app":"dien-mau","kind":"standing-answers","version":1,"values":{"commune":"A","evil":"x","area":5}}',
    );
    expect(read.ok && read.file.values).toEqual({ commune: "A" });
  });
});
