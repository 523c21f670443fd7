import { Highlight } from "prism-react-renderer";
import { codeTheme } from "./code-theme";

/**
 * Pretty-printed JSON with syntax colours (Prism's JSON grammar through prism-react-renderer).
 * Tokens are rendered as React text nodes, escaped by React, never as HTML, so a response
 * holding markup shows it as text.
 */
export function JsonView({ value, label }: { value: unknown; label: string }) {
  return (
    <Highlight code={JSON.stringify(value, null, 2)} language="json" theme={codeTheme}>
      {({ tokens, style, getLineProps, getTokenProps }) => (
        <pre
          style={style}
          aria-label={label}
          tabIndex={0}
          className="max-h-[32rem] overflow-auto rounded-lg border border-slate-200 p-4 font-mono text-xs leading-relaxed"
        >
          <code>
            {tokens.map((line, lineIndex) => (
              <div key={lineIndex} {...getLineProps({ line })}>
                {line.map((token, tokenIndex) => (
                  <span key={tokenIndex} {...getTokenProps({ token })} data-token={token.types.join(" ")} />
                ))}
              </div>
            ))}
          </code>
        </pre>
      )}
    </Highlight>
  );
}
