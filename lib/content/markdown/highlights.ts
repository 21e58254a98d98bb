// Obsidian `==highlight==` becomes <mark>, also around other formatting (`==a **bold** word==`).
// remark-flexible-markers does the parsing; its colour classes are not Obsidian syntax, so none are added.
import type { FlexibleMarkerOptions } from "remark-flexible-markers";

export { default as remarkHighlights } from "remark-flexible-markers";

export const highlightOptions: FlexibleMarkerOptions = { markerClassName: () => [] };
