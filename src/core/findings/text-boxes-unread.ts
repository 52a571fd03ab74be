import { t } from "../../i18n";
import { defineFinding, type Detected } from "./types";

type Params = Record<string, never>;

/** The host read neither the document's XML nor its shapes: any blank in a text box is unknown, so say so once. */
export const textBoxesUnread = defineFinding({
  type: "text-boxes-unread",
  order: 7,
  detect: ({ snapshot }) => {
    const out: Detected<Params>[] = [];
    if (snapshot.textBoxesUnread) out.push({ paragraph: 0, params: {} });
    return out;
  },
  message: (): string => t("vi", "core.finding.textBoxesUnread"),
});
