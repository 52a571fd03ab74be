/**
 * A long list rendered through a virtualiser: only the rows on screen (and a few beyond) are in the page, so the
 * 200× document's thousands of fields or findings keep the pane responsive. Used by the lazy views only, so the
 * virtualiser stays out of the start bundle.
 */
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef, type ReactNode } from "react";

/** Above this many rows a list is virtualised; below it renders plainly. */
export const VIRTUALISE_ABOVE = 150;

export interface VirtualRowsProps<R extends { key: string }> {
  rows: R[];
  render: (row: R) => ReactNode;
  /** A first guess at a row's height in pixels; rows are measured once rendered. */
  estimate: (row: R) => number;
  className: string;
}

export function VirtualRows<R extends { key: string }>({ rows, render, estimate, className }: VirtualRowsProps<R>) {
  const parent = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: (i) => estimate(rows[i]),
    overscan: 8,
    getItemKey: (i) => rows[i].key,
  });
  return (
    <div ref={parent} className={className}>
      <div style={{ height: virtualizer.getTotalSize(), position: "relative", width: "100%" }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            style={{ position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${item.start}px)` }}
          >
            {render(rows[item.index])}
          </div>
        ))}
      </div>
    </div>
  );
}
