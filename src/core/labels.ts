/**
 * What each blank asks for, in words a person understands without the page: kind, unit and a short Vietnamese
 * label built from the words around the blank (`Diện tích tự nhiên (ha)`, `Tên xã`, `Số văn bản`, `Ngày ký`).
 */
import { dateGroups, isDocumentNumber, kindFromLabel, masked, unitAfter, wordBefore } from "./kinds";
import type { DateGroup, Span } from "./kinds";
import type { Blank, BlankKind, DatePart, SnapshotParagraph } from "./types";
import { capitalize, foldTones, sentenceCase, squash, words } from "./text";

export interface Described {
  kind: BlankKind;
  datePart: DatePart | null;
  unit: string | null;
  label: string;
  /** Set for date parts: the group's index in the paragraph and the date's own label. */
  dateGroup: number | null;
  dateLabel: string | null;
  /** The label is only the words around the blank; a template note, when there is one, says more. */
  weakLabel: boolean;
}

const PART_WORD: Record<DatePart, string> = { day: "ngày", month: "tháng", year: "năm", date: "" };
const ADMIN = ["xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "tỉnh", "thành phố", "thôn", "ấp", "bản"];
const STOP = new Set(
  ["có", "ở", "với", "được", "lên", "là", "gồm", "đạt", "hiến", "tại", "trong", "và", "đã", "đó"].map(foldTones),
);

/** Describes every blank of one paragraph. `spans` are sorted; `prevText` is the paragraph above. */
export function describeParagraph(text: string, spans: Span[], prevText: string): Described[] {
  const groups = dateGroups(text, spans);
  const m = masked(text, spans);
  const partOf = new Map<number, { group: number; part: DatePart }>();
  groups.forEach((g, gi) => g.parts.forEach((part, idx) => partOf.set(idx, { group: gi, part })));
  const groupLabels = groups.map((g) => cleanLabel(dateLabel(m, g)));
  return spans.map((s, i) => {
    const date = partOf.get(i);
    if (date) {
      const dl = groupLabels[date.group];
      const label = date.part === "date" ? dl : `${dl} – ${PART_WORD[date.part]}`;
      return {
        kind: "date",
        datePart: date.part,
        unit: null,
        label,
        dateGroup: date.group,
        dateLabel: dl,
        weakLabel: false,
      };
    }
    const one = describeOne(m, s, prevText);
    const label = cleanLabel(one.label) || one.label;
    return { ...one, label, weakLabel: one.weakLabel ?? false, datePart: null, dateGroup: null, dateLabel: null };
  });
}

function clauseBefore(m: string, at: number): string {
  const before = m.slice(Math.max(0, at - 120), at);
  const cut = Math.max(
    before.lastIndexOf("\uE000"),
    ...[".", ";", ":", "(", ")", ","].map((c) => before.lastIndexOf(c)),
  );
  return before.slice(cut + 1);
}

/** `Căn cứ:`, and `Chức danh: (7)` where a note marker stands between the colon and the blank. */
const COLON_END = /:\s*(?:\(\d{1,2}\)\s*)?$/;

function colonLabel(before: string): string | null {
  if (!COLON_END.test(before)) return null;
  const head = before.replace(COLON_END, "");
  const cut = Math.max(
    head.lastIndexOf("\uE000"),
    head.lastIndexOf(";"),
    head.lastIndexOf(". "),
    head.lastIndexOf(":"),
  );
  let label = squash(head.slice(cut + 1))
    .replace(/^[-+•*]\s*/, "")
    .replace(/^(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]\s+/iu, "")
    .replace(/^\(\d{1,2}\)\s*/, "")
    .replace(MARKER, "");
  if (!/\p{L}/u.test(label)) return null;
  // A long label loses its aside first (`Trình độ giáo dục phổ thông (đã tốt nghiệp lớp mấy)`), then its head.
  if (label.length > 60) label = label.replace(ASIDE, "");
  if (label.length > 80) label = label.split(" ").slice(-8).join(" ");
  return sentenceCase(label);
}

/** `Căn cứ Luật Đất đai số`: a paper's title (capitalised inside a sentence, a proper name in it) before `số`. */
const TITLED_NUMBER = /(?<=\p{Ll} )(\p{Lu}\p{Ll}*(?: \p{L}+){1,5}) số:?\s*$/u;

/** `Số Luật Bảo hiểm xã hội` for the number of a paper named by its title, else null. */
function titledNumber(before: string): string | null {
  const titled = before.match(TITLED_NUMBER);
  return titled && /\p{Lu}/u.test(titled[1].slice(1)) ? `Số ${titled[1]}` : null;
}

function describeOne(
  m: string,
  s: Span,
  prevText: string,
): { kind: BlankKind; unit: string | null; label: string; weakLabel?: boolean } {
  const before = m.slice(Math.max(0, s.start - 160), s.start);
  const after = m.slice(s.end, s.end + 120);
  const prevWord = wordBefore(before);
  const unit = unitAfter(after);
  const colon = colonLabel(before);

  if (!unit && isDocumentNumber(before, after)) {
    const titled = titledNumber(before);
    if (titled) return { kind: "number", unit: null, label: titled };
    const noun = before.match(/(\p{L}+(?: \p{L}+)?)\s+số:?\s*$/iu);
    const label =
      noun && /^\p{Lu}/u.test(noun[1]) ? `Số ${noun[1].toLowerCase()}` : colon && colon !== "Số" ? colon : "Số văn bản";
    return { kind: "number", unit: null, label };
  }
  const afterHour = prevWord === foldTones("giờ");
  if (afterHour || /^\s*giờ/iu.test(after)) {
    return { kind: "number", unit: null, label: afterHour ? "Phút" : "Giờ" };
  }
  if (colon) {
    const kind = unit ? "number" : (kindFromLabel(colon) ?? "text");
    return { kind, unit: unit?.unit ?? null, label: colon };
  }
  if (unit) return { kind: "number", unit: unit.unit, label: unitLabel(m, s, before, unit) };

  const admin = adminBefore(before) ?? adminAfter(after);
  if (admin) return { kind: "text", unit: null, label: `Tên ${admin}` };
  const titled = titledNumber(before);
  if (titled) return { kind: "text", unit: null, label: titled };
  // `đối với ông (bà) ……`: the person's name.
  const person = before.match(/(?<![\p{L}])(ông \(bà\)|ông\/bà|bà|ông|anh\/chị)\s*$/iu);
  if (person && !/^\s*[:(]/u.test(after))
    return { kind: "text", unit: null, label: capitalize(person[1].toLowerCase()) };
  if (/^\s*,\s*ngày/iu.test(after)) return { kind: "text", unit: null, label: "Địa danh" };
  // `Số: …/QĐ-…`: after the number and its slash comes the document's symbol (a note may say more).
  if (/(?<![\p{L}])Số:?\s*\uE000+\s*\/[\s\p{Lu}\d-]*$/u.test(before)) {
    return { kind: "text", unit: null, label: "Ký hiệu văn bản", weakLabel: true };
  }
  // `Điều 1. ……`: the article's content.
  const article = before.match(/(?:^|\s)((?:Điều|Khoản|Mục|Chương|Phần)\s+[\dIVXLC]+)\.?\s*$/u);
  if (article && !after.trim()) return { kind: "text", unit: null, label: article[1], weakLabel: true };
  const title = before.trim();
  if (!after.trim() && title && title.length <= 40 && title === title.toUpperCase() && /\p{L}/u.test(title)) {
    return { kind: "text", unit: null, label: `Tên ${title.toLowerCase()}` };
  }
  return { kind: "text", unit: null, label: fallbackLabel(before, after, prevText), weakLabel: true };
}

function unitLabel(m: string, s: Span, before: string, unit: NonNullable<ReturnType<typeof unitAfter>>): string {
  const clause = clauseBefore(m, s.start);
  const ws = words(clause);
  const phraseShown = unit.phrase;
  if (unit.viaCo) {
    const subject = ws.slice(-4).join(" ");
    return subject ? `Số ${unit.phrase.replace(/^có\s+/i, "")} (${subject})` : `Số ${phraseShown}`;
  }
  let lastStop = -1;
  ws.forEach((w, i) => {
    if (STOP.has(foldTones(w))) lastStop = i;
  });
  let phrase = ws.slice(lastStop + 1);
  if (phrase.length > 5) phrase = phrase.slice(-5);
  if (phrase.length && foldTones(phrase[0]) === foldTones("tổng") && foldTones(phrase[1] ?? "") !== foldTones("số"))
    phrase = phrase.slice(1);
  if (phrase.length) return `${capitalize(phrase.join(" "))} (${unit.unit})`;
  const stopWord = lastStop >= 0 ? foldTones(ws[lastStop]) : "";
  const foldedClause = foldTones(clause);
  if (foldedClause.includes(`${foldTones("tổng số")} ${foldTones(unit.unit)}`)) return `Tổng số ${phraseShown}`;
  if (stopWord === foldTones("được") && lastStop >= 1) {
    const verb = ws.slice(Math.max(0, lastStop - 2), lastStop + 1).filter((w) => foldTones(w) !== foldTones("đã"));
    return `Số ${phraseShown} ${verb.join(" ")}`;
  }
  if (stopWord === "co" && lastStop >= 1 && lastStop <= 3) {
    const subject = ws.slice(0, lastStop);
    if (!subject.some((w) => STOP.has(foldTones(w)))) return `Số ${phraseShown} (${subject.join(" ")})`;
  }
  if (unit.measure === "money") return `Số tiền (${unit.unit})`;
  if (unit.measure === "area") return `Diện tích${phraseShown.slice(unit.unit.length)} (${unit.unit})`;
  if (unit.measure === "share") return "Tỷ lệ (%)";
  if (unit.measure === "length" || unit.measure === "mass") return `Số ${phraseShown}`;
  void before;
  return `Số ${phraseShown}`;
}

/** `huyện (quận)/tỉnh (thành phố)`, `xã/phường`: a unit named with its alternatives. */
const ADMIN_WORD = "(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)(?:\\s*\\([^()]{1,20}\\))?";
const ADMIN_CHOICE = new RegExp(`(?<![\\p{L}])(${ADMIN_WORD}(?:\\s*/\\s*${ADMIN_WORD})+)\\s*$`, "iu");

function adminBefore(before: string): string | null {
  const choice = before.slice(-60).match(ADMIN_CHOICE);
  if (choice) return squash(choice[1]).toLowerCase();
  const tail = foldTones(before.slice(-20)).replace(/\s+$/, "");
  if (tail.endsWith(foldTones("tỉnh/thành phố"))) return "tỉnh/thành phố";
  for (const a of ADMIN)
    if (tail.endsWith(foldTones(a)) && !/\p{L}/u.test(tail[tail.length - foldTones(a).length - 1] ?? " ")) {
      return a;
    }
  return null;
}

function adminAfter(after: string): string | null {
  const f = foldTones(after.slice(0, 20));
  for (const a of ADMIN) if (new RegExp(`^\\s*la ${foldTones(a)}(?![\\p{L}])`, "u").test(f)) return a;
  return null;
}

function fallbackLabel(before: string, after: string, prevText: string): string {
  let own = ownWords(before);
  const clauseAfter = after.split(/[.;:,()\uE000\t]|\s{3,}/)[0] ?? "";
  // A page or note number after the blank says nothing.
  let a = words(clauseAfter)
    .filter((w) => /\p{L}/u.test(w))
    .slice(0, 3);
  // `kể từ`, `đến`, or a capitalised word (the next label on the line: `… Sinh ngày`) start another part.
  if (/^\s*(?:(?:kể từ|từ|đến)(?![\p{L}])|\p{Lu})/u.test(clauseAfter)) a = [];
  // `Do …… cấp ngày`: the office that issued it.
  if (/(?:^|\s)do$/iu.test(own) && foldTones(a[0] ?? "") === foldTones("cấp")) return "Nơi cấp";
  // `được nghỉ phép trong thời gian …`: the time of the leave, `Thời gian nghỉ phép`.
  const within = a.length ? null : own.match(/^(?:được\s+)?(\p{L}+(?: \p{L}+){0,3}) trong (\p{L}+(?: \p{L}+)?)$/iu);
  if (within) own = `${within[2]} ${within[1]}`;
  if (own || a.length) {
    // `Căn cứ …`, `Theo đề nghị của …`: nothing after the blank in its clause, the words before say it all; after
    // `gồm`, `là`, `có` the gap is the object the words ask for, and stays shown.
    if (!a.length && !OPEN_OBJECT.test(own)) return capitalize(own);
    const text = [own, "…", a.join(" ")].join(" ").trim();
    return capitalize(squash(text.replace(/^…\s*/, "… ")));
  }
  const prev = lineLabel(prevText);
  if (/\p{L}/u.test(prev)) return prev.length > 60 ? `${capitalize(prev.slice(0, 58).trim())}…` : capitalize(prev);
  return "Nội dung";
}

const OPEN_OBJECT = /(?<![\p{L}])(?:gồm|là|có|như)$/iu;
const MARKER =
  /^(?:[-+•*□☐■❑oO](?=\s)|\(?(?:\d{1,2}|[IVX]{1,4})[.)](?!\d)|\(\d{1,2}\)|\(\u2026\)|\([ ]?\)|[a-zđ]\))\s*/u;
const CONNECTOR = /^(?:của|và|với|cho|tại|ở|là|thì|để|nhưng)\s+/iu;
/** A trailing aside of three or more words: `(ốm đau, thai sản, …)`, `(ghi rõ tên đơn vị, địa chỉ)`. */
const ASIDE = /\s*\((?:[^()\s]+\s+){2,}[^()]*\)[\s.:]*$/u;

/**
 * The words before a blank in its own clause: after the last sentence mark, colon, other blank or column gap, with
 * "etc." dots, a list marker or check box, numbering, a leading connector and a trailing aside dropped.
 */
function ownWords(before: string): string {
  const cleaned = before.replace(/[.\u2026]{2,}|\u2026/g, " ");
  let clause = cleaned.split(/[.;:\uE000\t]|\s{3,}/).pop() ?? "";
  clause = squash(balanced(clause))
    .replace(ASIDE, "")
    .replace(/[\s,]+$/u, "");
  // `giờ, tại …`: a comma outside brackets ends the clause before, when words follow it.
  const comma = lastCommaOutsideBrackets(clause);
  if (comma >= 0 && /\p{L}/u.test(clause.slice(comma + 1))) clause = clause.slice(comma + 1).trim();
  for (let prevLen = -1; prevLen !== clause.length;) {
    prevLen = clause.length;
    const next = clause
      .replace(MARKER, "")
      .replace(CONNECTOR, "")
      .replace(/^[^\p{L}\p{N}(<]+/u, "");
    // `tại (3) …`: a connector with nothing after it is all the line says, and it says where.
    if (!/\p{L}/u.test(next)) {
      if (/^(?:tại|ở)(?![\p{L}])/iu.test(clause)) return "địa điểm";
      if (!/\p{L}/u.test(clause)) return "";
      break;
    }
    clause = next;
  }
  const ws = clause.split(" ").filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (ws.length === 0) return "";
  return ws.length > 8 ? words(clause).slice(-4).join(" ") : clause;
}

function lastCommaOutsideBrackets(text: string): number {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ")") depth++;
    else if (text[i] === "(") depth = Math.max(0, depth - 1);
    else if (text[i] === "," && depth === 0) return i;
  }
  return -1;
}

/** The text with every bracket that its clause cut from its partner (`chúng( gồm`) made a space. */
function balanced(text: string): string {
  const out = [...text];
  const open: number[] = [];
  out.forEach((ch, i) => {
    if (ch === "(") open.push(i);
    else if (ch === ")" && open.pop() === undefined) out[i] = " ";
  });
  for (const i of open) out[i] = " ";
  return out.join("");
}

/** A whole line as the label of the blank under it: no numbering, markers, dots, footnote marks or trailing aside. */
function lineLabel(text: string): string {
  let line = squash(text.replace(/[.\u2026_\t]{2,}|\t/g, " "));
  line = line.replace(MARKER, "").replace(ASIDE, "");
  return sentenceCase(cleanLabel(line));
}

/** No dot runs, footnote markers (`tên(1)`, `(*)`), check boxes or closing colon in a label. */
export function cleanLabel(label: string): string {
  return squash(
    label
      .replace(/[.\u2026]{2,}/g, " ")
      .replace(/\s?\((?:\d{1,2}|\*{1,3})\)/g, "")
      .replace(/(?<=\p{Ll}{3})\d{1,2}(?=\s|$)/gu, "")
      .replace(/^[□☐■❑]\s*/u, ""),
  ).replace(/[\s:,;]+$/u, "");
}

/** `Hà Nội, ngày`, `……, ngày`: a place and a comma open the signing date's line; a time or a number before it do not. */
const PLACE_DATE = /^[^,;:]{0,60},\s*(?:ngày\s*)?$/iu;
const NOT_PLACE = /(?<![\p{L}])(?:giờ|phút|hồi|lúc|vào|số)(?![\p{L}])|[\d/]/iu;

/** The label of a whole date: `Ngày ký` on a place-date line, `Ngày kế hoạch` after `Kế hoạch số …`, etc. */
function dateLabel(m: string, g: DateGroup): string {
  const before = m.slice(Math.max(0, g.at - 80), g.at).replace(/(?<![\p{L}])ngày\s*$/iu, "");
  const colon = colonLabel(before);
  if (colon) return colon;
  const docNo = before.match(/(\p{Lu}\p{L}*(?: \p{L}+)?)\s+số\s*\S*\s*$/u);
  if (docNo) return `Ngày ${docNo[1].toLowerCase()}`;
  const w = wordBefore(before);
  const head = m.slice(0, g.at);
  if (PLACE_DATE.test(head) && !NOT_PLACE.test(head)) return "Ngày ký";
  if (w === foldTones("sinh")) return "Ngày sinh";
  if (w === foldTones("từ")) return "Từ ngày";
  if (w === foldTones("đến") || w === foldTones("hết")) return "Đến ngày";
  if (w === foldTones("cấp")) return "Ngày cấp";
  // `kết thúc vào … giờ …, ngày …`, `lập xong hồi … giờ, ngày …`: the date of what the clause says happened.
  const when = before.match(/(?:^|[\s(),])(\p{L}+(?: \p{L}+)?)\s+(?:vào|lúc|hồi)\s+[^.;:]*$/u);
  if (when && !/\p{Lu}/u.test(when[1])) return `Ngày ${when[1]}`;
  // `Xét Đơn đề nghị nghỉ phép ngày …`, `đăng ký kết hôn ngày …`: the date of the paper or act named just before.
  const clause = before.split(/[,;:.()\uE000]/).pop() ?? "";
  const named = clause
    .trim()
    .split(/\s+/)
    .filter((x) => /^\p{L}+$/u.test(x))
    .slice(-5);
  if (named.length > 0 && !DATE_FILLER.has(named[named.length - 1].toLowerCase())) {
    while (named.length > 0 && DATE_FILLER.has(named[0].toLowerCase())) named.shift();
    // `Hà Nội ngày …`: a place's name, every word capitalised, is no act.
    if (named.length > 0 && !named.every((x) => /^\p{Lu}/u.test(x))) return `Ngày ${named.join(" ").toLowerCase()}`;
  }
  return "Ngày";
}

/** Words before `ngày` that name no act: `vào ngày`, `trong ngày`, `đã … ngày`. */
const DATE_FILLER = new Set([
  "xét",
  "căn",
  "cứ",
  "vào",
  "trong",
  "là",
  "của",
  "tại",
  "có",
  "và",
  "đã",
  "được",
  "hôm",
  "nay",
  "các",
  "những",
  "mỗi",
  "một",
  "theo",
  "cùng",
  "sau",
  "trước",
]);

/** A template note as a label: its first clause, without "etc.", "(nếu có)" or, when long, its trailing aside. */
export function noteLabel(note: string): string {
  let first = note
    .replace(/,?\s*v\.v\.*\u2026?/giu, "")
    .split(/[.;]/)[0]
    .trim()
    .replace(/\s*\((?:nếu có|nếu cần)\)$/iu, "");
  if (first.length > 60) first = first.replace(ASIDE, "");
  return first.length > 80 ? `${first.slice(0, 78).trim()}…` : first || note;
}

const LIST_ITEM = /^\s*[-+•]/;

/**
 * Labels that need the lines above. A list item that is only a blank (`- ……;`) takes its list's heading (`Nơi
 * nhận`); a line that is only a blank, continuing a blank that ends the line above, takes that blank's label and
 * `(tiếp)`. Only the engine's own guesses change: never a label the user gave, a note's, a date's or a cell's.
 */
export function continuedLabels(blanks: Blank[], paragraphs: SnapshotParagraph[]): Blank[] {
  const out: Blank[] = [];
  const lastOf = new Map<number, Blank>();
  blanks.forEach((b, i) => {
    const para = paragraphs[b.paragraph];
    let label = b.label;
    if (b.source === "text" && !b.hint && b.kind !== "date" && para && !b.cell && !saysMore(para.text, blanks, i)) {
      const heading = LIST_ITEM.test(para.text) ? listHeading(paragraphs, b.paragraph) : null;
      const above = lastOf.get(b.paragraph - 1);
      const prevPara = paragraphs[b.paragraph - 1];
      const besideAbove = prevPara !== undefined && sameCell(prevPara, para);
      const prev = besideAbove ? prevPara.text.trim() : "";
      if (heading) label = heading;
      else if (
        above &&
        besideAbove &&
        above.kind !== "date" &&
        /^[\s.;,:/]*$/.test(paragraphs[b.paragraph - 1].text.slice(above.end))
      )
        label = `${above.label.replace(/ \(tiếp\)$/u, "")} (tiếp)`;
      else if (!above && prev.length > 60) label = titleAbove(paragraphs, b.paragraph - 1) ?? label;
    }
    const next = label === b.label ? b : { ...b, label };
    lastOf.set(b.paragraph, next);
    out.push(next);
  });
  return qualifyRepeated(out, paragraphs);
}

/**
 * `Ông (bà)` under `BÊN GIAO:` and again under `BÊN NHẬN:`: a label asked again for another party names whose it is,
 * from the heading line it stands under — `Ông (bà) (bên giao)`.
 */
function qualifyRepeated(blanks: Blank[], paragraphs: SnapshotParagraph[]): Blank[] {
  const owners = new Map<string, Map<number, string>>();
  blanks.forEach((b, i) => {
    // A place's name is the document's, whoever is asked it.
    if (b.source !== "text" || b.kind === "date" || isPlaceName(b.label)) return;
    const owner =
      ownerOnLine(paragraphs[b.paragraph]?.text.slice(0, b.start) ?? "") ?? ownerOf(paragraphs, b.paragraph);
    if (!owner || !PARTY.test(owner) || foldTones(b.label).includes(foldTones(owner))) return;
    const byBlank = owners.get(b.label) ?? new Map<number, string>();
    byBlank.set(i, owner);
    owners.set(b.label, byBlank);
  });
  const qualified = new Map<number, string>();
  for (const byBlank of owners.values()) {
    if (new Set(byBlank.values()).size < 2) continue;
    for (const [i, owner] of byBlank) qualified.set(i, owner);
  }
  return blanks.map((b, i) => (qualified.has(i) ? { ...b, label: `${b.label} (${qualified.get(i)})` } : b));
}

/** A heading that names a party (`Bên giao`, `Người phiên dịch`, `cha`), not a topic (`Kính gửi`, `Nội dung`). */
const PARTY =
  /(?<![\p{L}])(?:bên|người|ông|bà|cha|mẹ|vợ|chồng|con|chủ|đại diện|cơ quan|đơn vị|tổ chức|cá nhân|hộ|thành viên)(?![\p{L}])/iu;

function isPlaceName(label: string): boolean {
  return label === "Địa danh" || ADMIN.some((a) => label === `Tên ${a}` || label.startsWith(`Tên ${a}/`));
}

/** `Họ và tên của cha(1): …… Quốc tịch: ……`: the person the line's first label names is whose the rest are. */
function ownerOnLine(before: string): string | null {
  const m = before.match(
    /(?<![\p{L}])của ((?:\p{L}+ ){0,2}\p{L}+(?: \((?!\d{1,2}\))[^()]{1,20}\))?)\s*(?:\(\d{1,2}\))?\s*:/u,
  );
  return m ? m[1] : null;
}

/** The heading line (`BÊN GIAO: (…)`, `2. Người phiên dịch:`) above a paragraph, over lines of blanks, in words. */
function ownerOf(paragraphs: SnapshotParagraph[], p: number): string | null {
  for (let q = p - 1; q >= 0 && q >= p - 15; q--) {
    const text = paragraphs[q].text.trim();
    if (!text || /[.\u2026]{3}|\t/.test(text)) continue;
    const m = text.match(/^(?:\d{1,2}[.)]\s*)?([^:()]+?)\s*:\s*(?:\([^()]*\)\s*)?$/u);
    if (!m) return null;
    // `Với sự chứng kiến của:` introduces a person: `người chứng kiến`.
    const of = /\s+(?:của|cho)$/iu.test(m[1]);
    const words = m[1]
      .replace(/\s+(?:của|cho)$/iu, "")
      .replace(/^(?:với\s+)?(?:sự\s+)/iu, "")
      .replace(CONNECTOR, "")
      .trim();
    const owner = of && !/^người(?![\p{L}])/iu.test(words) ? `người ${words}` : words;
    const n = owner.split(/\s+/).length;
    return n <= 6 && /\p{L}/u.test(owner) ? owner.toLowerCase() : null;
  }
  return null;
}

/** Under a sentence that is no label, the all-caps title a few lines above it (`KẾT QUẢ XÁC MINH`). */
function titleAbove(paragraphs: SnapshotParagraph[], p: number): string | null {
  for (let q = p - 1; q >= 0 && q >= p - 4 && sameCell(paragraphs[q], paragraphs[p]); q--) {
    const text = paragraphs[q].text.trim();
    if (!text) continue;
    return text.length <= 60 && /\p{L}/u.test(text) && text === text.toUpperCase() ? sentenceCase(text) : null;
  }
  return null;
}

/** Both paragraphs stand in the same table cell, or both outside tables. */
function sameCell(a: SnapshotParagraph, b: SnapshotParagraph): boolean {
  if (!a.cell || !b.cell) return !a.cell && !b.cell;
  return a.cell.table === b.cell.table && a.cell.row === b.cell.row && a.cell.col === b.cell.col;
}

/** The blank's line says something besides its blanks, dots, note numbers and list marks. */
function saysMore(text: string, blanks: Blank[], at: number): boolean {
  let rest = text;
  for (let j = at; j >= 0 && blanks[j].paragraph === blanks[at].paragraph; j--)
    rest = rest.slice(0, blanks[j].start) + " ".repeat(blanks[j].end - blanks[j].start) + rest.slice(blanks[j].end);
  for (let j = at + 1; j < blanks.length && blanks[j].paragraph === blanks[at].paragraph; j++)
    rest = rest.slice(0, blanks[j].start) + " ".repeat(blanks[j].end - blanks[j].start) + rest.slice(blanks[j].end);
  return /\p{L}/u.test(rest.replace(/[.\u2026]+|\(\d{1,2}\)|(?<![\p{L}\d])\d{1,2}(?![\p{L}\d])/gu, " "));
}

/** The label ending in `:` that a list stands under, over other items, empty lines and an all-caps title beside. */
function listHeading(paragraphs: SnapshotParagraph[], p: number): string | null {
  const here = paragraphs[p].cell;
  for (let q = p - 1; q >= 0 && q >= p - 12; q--) {
    const cell = paragraphs[q].cell;
    // In a layout table the heading may stand in the cell above (`Nơi nhận:` over its list): other columns are skipped.
    if (here?.table !== cell?.table) break;
    if (here && cell && cell.gridCol !== here.gridCol) continue;
    const text = paragraphs[q].text.trim();
    if (!text || LIST_ITEM.test(text)) continue;
    if (text.endsWith(":")) return lineLabel(text) || null;
    if (text === text.toUpperCase()) continue;
    return null;
  }
  return null;
}
