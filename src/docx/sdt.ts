/** Content-control (`w:sdt`) properties as Word's API reports them. */
import { NS, childElements, firstW, isElement, wAttr, type Element } from "./xml";

export interface SdtProps {
  id: string;
  tag: string;
  title: string;
  /** Word.ContentControlType name. */
  type: string;
  showingPlaceholder: boolean;
  /** The docPart name the placeholder text comes from, if any. */
  placeholderDocPart: string | null;
  cannotEdit: boolean;
  cannotDelete: boolean;
  appearance: string;
  color: string | null;
}

const TYPES: Array<[string, string]> = [
  ["text", "PlainText"],
  ["picture", "Picture"],
  ["dropDownList", "DropDownList"],
  ["comboBox", "ComboBox"],
  ["date", "DatePicker"],
  ["docPartObj", "BuildingBlockGallery"],
  ["group", "Group"],
];

export function sdtProps(sdt: Element): SdtProps {
  const pr = firstW(sdt, "sdtPr");
  let type = "RichText";
  let appearance = "BoundingBox";
  let color: string | null = null;
  for (const c of pr ? childElements(pr) : []) {
    if (c.namespaceURI === NS.w14 && c.localName === "checkbox") type = "CheckBox";
    else if (c.namespaceURI === NS.w14 && c.localName === "color") color = c.getAttributeNS(NS.w14, "val");
    else if (
      c.namespaceURI === "http://schemas.microsoft.com/office/word/2012/wordml" &&
      c.localName === "appearance"
    ) {
      const v = c.getAttribute("w15:val") || c.getAttributeNS(c.namespaceURI, "val") || "boundingBox";
      appearance = v === "tags" ? "Tags" : v === "hidden" ? "Hidden" : "BoundingBox";
    } else if (c.namespaceURI === NS.w) {
      const hit = TYPES.find(([local]) => local === c.localName);
      if (hit) type = hit[1];
    }
  }
  const lock = wAttr(firstW(pr, "lock"), "val") ?? "";
  return {
    id: wAttr(firstW(pr, "id"), "val") ?? "",
    tag: wAttr(firstW(pr, "tag"), "val") ?? "",
    title: wAttr(firstW(pr, "alias"), "val") ?? "",
    type,
    showingPlaceholder: !!firstW(pr, "showingPlcHdr") && isOn(firstW(pr, "showingPlcHdr")),
    placeholderDocPart: wAttr(firstW(firstW(pr, "placeholder"), "docPart"), "val"),
    cannotEdit: lock === "contentLocked" || lock === "sdtContentLocked",
    cannotDelete: lock === "sdtLocked" || lock === "sdtContentLocked",
    appearance,
    color,
  };
}

function isOn(el: Element | null): boolean {
  if (!isElement(el)) return false;
  const v = wAttr(el, "val");
  return v === null || !/^(false|0|off)$/i.test(v);
}
