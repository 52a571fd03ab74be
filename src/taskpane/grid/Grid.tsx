import type { GridProps } from "./Grid.types";
import { renderGrid } from "./renderGrid";
import { useGrid } from "./useGrid";

/**
 * One table's cells as a grid: rows and columns with their labels, keyboard moves between rows, and a block pasted
 * from a spreadsheet filling the cells from the one it is pasted in, with undo.
 */
export function Grid(props: GridProps) {
  return renderGrid(useGrid(props));
}
