// A part of the page fetched when it is needed (a dialog, a notice, a panel). Its code is fetched again a
// few times, a little later each time; if it still cannot be fetched, or it fails as it renders, a notice
// stands in its place with a way to try again, and the rest of the page carries on.
import { Component, lazy, useState, type ComponentProps, type ComponentType, type ReactNode } from "react";
import { chunk } from "../ui/chunk";
import { t } from "../ui/strings";

type BoundaryProps = { message: string; children: ReactNode; onRetry: () => void };

/** Stands in for a part that failed, with the part's own message. */
export class PartBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice part-failed" role="alert">
        <p>{this.props.message}</p>
        <button
          type="button"
          onClick={() => this.props.onRetry()}
        >
          {t("part.retry")}
        </button>
      </div>
    );
  }
}

/** `message` says, in the lesson's words, what could not be shown and that the rest of the page is all there. */
/** `pick`: the component, from the chunk's module. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as React.lazy: any component, its props kept
export function lazyPart<M, T extends ComponentType<any>>(load: () => Promise<M>, message: () => string, pick: (module: M) => T): T {
  const fetched = chunk(load);
  const make = () => lazy(() => fetched().then((m) => ({ default: pick(m) })));
  let Part = make();
  function LazyPart(props: ComponentProps<T>) {
    const [attempt, setAttempt] = useState(0);
    return (
      <PartBoundary
        key={attempt}
        message={message()}
        onRetry={() => {
          Part = make();
          setAttempt((a) => a + 1);
        }}
      >
        <Part {...props} />
      </PartBoundary>
    );
  }
  return LazyPart as unknown as T;
}
