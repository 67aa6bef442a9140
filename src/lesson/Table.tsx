import type { ComponentProps } from "react";
import { shownAt, type Tier } from "../course";
import { useLesson } from "./LessonContext";

type CellProps = ComponentProps<"td"> & { "data-tier-from"?: Tier; "data-tier-only"?: Tier };

function useShown(props: CellProps): boolean {
  const { tier } = useLesson();
  const from = props["data-tier-from"];
  const only = props["data-tier-only"];
  return shownAt(only ? { only } : from ? { from } : undefined, tier);
}

/** Table cells of a column that an author marked as shown from an altitude upward. */
export function Th({ "data-tier-from": _from, "data-tier-only": _only, ...props }: CellProps) {
  const shown = useShown({ "data-tier-from": _from, "data-tier-only": _only });
  return shown ? <th scope="col" {...(props as ComponentProps<"th">)} /> : null;
}

export function Td({ "data-tier-from": _from, "data-tier-only": _only, ...props }: CellProps) {
  const shown = useShown({ "data-tier-from": _from, "data-tier-only": _only });
  return shown ? <td {...props} /> : null;
}

export function Table(props: ComponentProps<"table">) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Table, scrolls sideways on narrow screens">
      <table {...props} />
    </div>
  );
}

export function Pre(props: ComponentProps<"pre">) {
  return <pre tabIndex={0} {...props} />;
}

export function A({ href = "", children, ...props }: ComponentProps<"a">) {
  const external = /^https?:\/\//.test(href);
  if (!external) return <a href={href} {...props}>{children}</a>;
  return (
    <a href={href} rel="noopener noreferrer" {...props}>
      {children}
    </a>
  );
}
