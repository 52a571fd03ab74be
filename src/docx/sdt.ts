/**
 * Content-control (`w:sdt`) properties as Word's API reports them, and what only the XML tells: whether the control
 * is one of Word's own building blocks, or shows a document property.
 */
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
  /**
   * A building block Word put in (`w:docPartObj`: page numbers, a table of contents, a cover page) or a gallery to
   * pick one from (`w:docPartList`).
   */
  buildingBlock: boolean;
  /** Its gallery (`Table of Contents`, `Page Numbers (Bottom of Page)`, `Cover Pages`…), when it names one. */
  gallery: string | null;
  /** The document property the control shows (`title`, `creator`, `Company`, `PublishDate`…), bound by `w:dataBinding`. */
  property: string | null;
}

/** Word's stores of the document's properties: core, extended (app.xml) and cover-page properties. */
const PROPERTY_STORES = new Set([
  "{6c3c8bc8-f283-45ae-878a-bab7291924a1}",
  "{6668398d-a668-4e3e-a5eb-62b293d839f1}",
  "{55af091b-3c7a-41e3-b477-f2fdaa23cfda}",
]);
const PROPERTY_ROOTS = new Set(["coreProperties", "CoverPageProperties"]);

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
  const docPart = firstW(pr, "docPartObj") ?? firstW(pr, "docPartList");
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
    buildingBlock: !!docPart,
    gallery: wAttr(firstW(docPart, "docPartGallery"), "val"),
    property: boundProperty(firstW(pr, "dataBinding")),
  };
}

/** `/ns1:coreProperties[1]/ns0:title[1]` in a property store: `title`. */
function boundProperty(binding: Element | null): string | null {
  if (!binding) return null;
  const steps = (wAttr(binding, "xpath") ?? "")
    .split("/")
    .filter(Boolean)
    .map((step) => step.replace(/\[.*$/, "").replace(/^.*:/, ""));
  const store = (wAttr(binding, "storeItemID") ?? "").toLowerCase();
  if (steps.length < 2 || !(PROPERTY_STORES.has(store) || PROPERTY_ROOTS.has(steps[0]))) return null;
  return steps[steps.length - 1];
}

/**
 * Whether a control is a place to fill: never one of Word's building blocks; a document property only while it is
 * empty (showing its placeholder), since a property that has its value was filled in the document's properties.
 */
export function offeredAsField(props: SdtProps, text: string): boolean {
  if (props.buildingBlock) return false;
  return props.property === null || props.showingPlaceholder || text.trim() === "";
}

function isOn(el: Element | null): boolean {
  if (!isElement(el)) return false;
  const v = wAttr(el, "val");
  return v === null || !/^(false|0|off)$/i.test(v);
}
