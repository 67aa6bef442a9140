import { useId, type ReactNode } from "react";

export function Callout({ kind, title, children }: { kind: "why" | "pitfall" | "note"; title: string; children?: ReactNode }) {
  const id = useId();
  return (
    <aside className={`callout callout-${kind}`} aria-labelledby={id}>
      <p className="callout-title" id={id}>
        {title}
      </p>
      {children}
    </aside>
  );
}

export function Recap({ children }: { children?: ReactNode }) {
  return <div className="recap">{children}</div>;
}
