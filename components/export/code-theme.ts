import type { PrismTheme } from "prism-react-renderer";

/**
 * Syntax colours for code on our pages: GitHub's light palette (Primer), whose colours reach
 * WCAG AA (4.5:1) on its background. prism-react-renderer's own `github` theme does not (its
 * teal keys read at 2.6:1), and no token is faded with opacity, which would lower the contrast.
 */
export const codeTheme: PrismTheme = {
  plain: { color: "#1f2328", backgroundColor: "#f6f8fa" },
  styles: [
    { types: ["comment", "prolog", "doctype", "cdata"], style: { color: "#59636e", fontStyle: "italic" } },
    { types: ["string", "attr-value", "char", "regex", "url"], style: { color: "#0a3069" } },
    { types: ["punctuation", "operator"], style: { color: "#1f2328" } },
    {
      types: ["property", "number", "boolean", "constant", "symbol", "variable", "entity", "attr-name", "inserted"],
      style: { color: "#0550ae" },
    },
    { types: ["keyword", "atrule", "selector", "null", "deleted"], style: { color: "#cf222e" } },
    { types: ["function", "function-variable", "class-name"], style: { color: "#6639ba" } },
    { types: ["tag", "namespace"], style: { color: "#116329" } },
  ],
};
