// The components a piece's MDX may use, as the build renders them to HTML: prose never becomes React in the
// browser. The parts of the app the text embeds (exercises, simulators) leave a mark where they stand.
import { Children, cloneElement, isValidElement, useId, type ComponentProps, type ReactElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { ComponentName, IslandName } from "../../course/components";
import { tierName } from "../../ui/strings";
import { t } from "./strings";
import { TierMark } from "../Contents";
import { useText } from "./TextContext";

export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/** The element that marks an island's place in the rendered text; the text is split at it. */
export const islandMarkTag = "seams-island";
export const islandMark = (index: number) => `<${islandMarkTag} data-i="${index}"></${islandMarkTag}>`;

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (node && typeof node === "object" && "props" in node) return textOf((node.props as { children?: ReactNode }).children);
  return "";
}

/** A section heading with a control that copies a link to it at this altitude (the page handles its clicks). */
function SectionHeading({ level, id, children }: { level: 2 | 3; id?: string; children?: ReactNode }) {
  const { tier, piece } = useText();
  const Tag = level === 2 ? "h2" : "h3";
  if (!id) return <Tag>{children}</Tag>;
  const section = piece.sections.find((s) => s.id === id);
  const title = textOf(children);
  return (
    <div className={`section-heading level-${level}`}>
      <Tag id={id} tabIndex={-1}>
        {children}
        {section && <TierMark tiers={section.tiers} />}
      </Tag>
      <button type="button" className="copy-link" data-copy-link={id} aria-label={t("section.copyLink", { title, tier: tierName(tier).toLowerCase() })}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <path d="M6.5 9.5l3-3M7 4.5l1.3-1.3a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.3 1.3a2.5 2.5 0 01-3.5-3.5L5.5 8" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
      </button>
    </div>
  );
}

/** A numbered reference to a source: numbered by first citation at this altitude. */
function Cite({ id }: { id: string }) {
  const { piece, tier } = useText();
  const n = piece.citations[tier].indexOf(id) + 1;
  const source = piece.sources.find((s) => s.id === id);
  if (!source || n === 0) throw new Error(`Unknown source ${id}`);
  return (
    <sup className="cite">
      <a href={`#${sourceAnchor(id)}`} aria-label={t("cite.label", { n, title: source.title })}>
        [{n}]
      </a>
    </sup>
  );
}

function Callout({ kind, title, children }: { kind: "why" | "pitfall" | "note"; title: string; children?: ReactNode }) {
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

function Recap({ children }: { children?: ReactNode }) {
  return <div className="recap">{children}</div>;
}

type Parent = ReactElement<{ children?: ReactNode }>;
const elementsOf = (node: ReactNode): Parent[] => Children.toArray(node).filter((c): c is Parent => isValidElement(c));

/**
 * Each body cell is given its column's heading (data-label), so that on a narrow screen a row can be shown as
 * a card that names every column instead of a table that scrolls its last columns out of sight.
 */
function labelled(children: ReactNode): ReactNode {
  const parts = elementsOf(children);
  const head = parts.find((p) => p.type === "thead");
  const headings = elementsOf(elementsOf(head?.props.children)[0]?.props.children).map((th) => textOf(th.props.children).trim());
  if (headings.length === 0) return children;
  return parts.map((part) =>
    part.type !== "tbody"
      ? part
      : cloneElement(part, {
          children: elementsOf(part.props.children).map((tr) =>
            cloneElement(tr, { children: elementsOf(tr.props.children).map((cell, i) => cloneElement(cell as ReactElement<Record<string, unknown>>, { "data-label": headings[i] })) }),
          ),
        }),
  );
}

function Table({ children, ...props }: ComponentProps<"table">) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t("table.scrolls")}>
      <table className="table-cards" {...props}>
        {labelled(children)}
      </table>
    </div>
  );
}

function Th(props: ComponentProps<"th">) {
  return <th scope="col" {...props} />;
}

function Pre(props: ComponentProps<"pre">) {
  return <pre tabIndex={0} {...props} />;
}

function A({ href = "", children, ...props }: ComponentProps<"a">) {
  if (!/^https?:\/\//.test(href)) return <a href={href} {...props}>{children}</a>;
  return (
    <a href={href} rel="noopener noreferrer" {...props}>
      {children}
    </a>
  );
}

/** Tiers are resolved when the piece is compiled for an altitude (remark-tier); none is left to render. */
function Tier(): never {
  throw new Error("A <Tier> reached the page: the piece was not compiled for one altitude.");
}

/** An exercise or a simulator: its place in the text, and its attributes for the app. */
function islandOf(name: IslandName) {
  return function IslandPlace({ children, ...props }: Record<string, string> & { children?: ReactNode }) {
    const { embed } = useText();
    // A simulator's children are a line of prose on what to watch: it is rendered here, with the text.
    const index = embed({ name, props: children ? { ...props, line: renderToStaticMarkup(<>{children}</>) } : props });
    return <seams-island data-i={index} />;
  };
}

declare module "react" {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      "seams-island": { "data-i": number };
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX passes each tag its own props
const authorComponents: Record<ComponentName, (props: any) => ReactNode> = {
  Tier,
  Callout,
  Cite,
  Recap,
  Quiz: islandOf("Quiz"),
  BestFit: islandOf("BestFit"),
  OrderSteps: islandOf("OrderSteps"),
  Recall: islandOf("Recall"),
  Review: islandOf("Review"),
  Simulator: islandOf("Simulator"),
};

/** Every component a piece's MDX may use; the names come from the content contract, so none can be missing. */
export const textComponents = {
  ...authorComponents,
  h2: (props: { id?: string; children?: ReactNode }) => <SectionHeading level={2} {...props} />,
  h3: (props: { id?: string; children?: ReactNode }) => <SectionHeading level={3} {...props} />,
  table: Table,
  th: Th,
  pre: Pre,
  a: A,
};
