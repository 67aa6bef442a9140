// The manifest editor: CodeMirror 6 with YAML highlighting and the manifest's problems marked at their
// line. Loaded only by the sandbox page. Tab is left to move focus, so the editor never traps the keyboard.
// It lives in a shadow root: there CodeMirror styles itself with constructed style sheets, which the
// site's Content-Security-Policy (style-src 'self') allows, where in the document it would add <style>
// elements the policy blocks. The design tokens are custom properties, so they reach inside.
import { yaml } from "@codemirror/lang-yaml";
import { lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { basicSetup } from "codemirror";
import { useEffect, useRef } from "react";
import type { ManifestProblem } from "./manifest";

type Props = {
  value: string;
  onChange: (value: string) => void;
  problems: readonly ManifestProblem[];
  /** The editor's accessible name and description, as text: ids do not reach into a shadow root. */
  label: string;
  description: string;
};

const theme = EditorView.theme({
  "&": { backgroundColor: "var(--bg-raised)", color: "var(--text)", minHeight: "24rem", maxHeight: "36rem", fontSize: "0.875rem" },
  ".cm-scroller": { fontFamily: "var(--font-code)" },
  ".cm-content": { caretColor: "var(--text)" },
  ".cm-gutters": { backgroundColor: "var(--bg-sunk)", color: "var(--text-muted)", borderRight: "1px solid var(--border)" },
  "&.cm-focused": { outline: "3px solid var(--focus)", outlineOffset: "1px" },
  ".cm-activeLine, .cm-activeLineGutter": { backgroundColor: "var(--accent-soft)" },
  ".cm-tooltip": { backgroundColor: "var(--bg-raised)", color: "var(--text)", border: "1px solid var(--border)" },
});

function diagnostics(state: EditorState, problems: readonly ManifestProblem[]): Diagnostic[] {
  return problems.map((p) => {
    const line = state.doc.line(Math.min(Math.max(1, p.line), state.doc.lines));
    const from = Math.min(line.from + Math.max(0, p.column - 1), line.to);
    return { from, to: Math.max(from, line.to), severity: "error", message: p.message };
  });
}

export default function Editor({ value, onChange, problems, label, description }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const change = useRef(onChange);
  change.current = onChange;

  useEffect(() => {
    if (!host.current) return;
    const shadow = host.current.shadowRoot ?? host.current.attachShadow({ mode: "open" });
    const created = new EditorView({
      parent: shadow,
      root: shadow,
      state: EditorState.create({
        doc: value,
        extensions: [
          basicSetup,
          yaml(),
          lintGutter(),
          theme,
          EditorView.contentAttributes.of({ "aria-label": label, "aria-description": description, "aria-multiline": "true", role: "textbox" }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) change.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // The editor is made once; later values arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A value from outside (an example, an applied fix) replaces the text; the learner's own typing is already there.
  useEffect(() => {
    const current = view.current;
    if (!current || current.state.doc.toString() === value) return;
    current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    current.dispatch(setDiagnostics(current.state, diagnostics(current.state, problems)));
  }, [problems, value]);

  return <div className="sandbox-editor" ref={host} data-testid="manifest-editor" />;
}
