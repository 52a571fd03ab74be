import "../../i18n/repeat";
import type { RepeatListsProps } from "./RepeatLists.types";
import { renderRepeatLists } from "./renderRepeatLists";
import { useRepeatLists } from "./useRepeatLists";

/**
 * The lists a template asks for one line per item (`(Anh cụ thể từng tổ chức hội)`): the user names a new item and
 * a line like the example is added with it, removes a line, and takes the note out once the list is complete.
 */
export function RepeatLists(props: RepeatListsProps) {
  return renderRepeatLists(useRepeatLists(props));
}
