// A part of the page fetched when it is needed (a dialog, a notice, a panel). Its code is fetched again a
// few times, a little later each time; if it still cannot be fetched, or it fails as it renders, a notice
// stands in its place with a way to try again, and the rest of the page carries on.
import { Component, lazy, type ComponentProps, type ComponentType, type ReactNode } from "react";
import { t } from "../ui/strings";

const retries = [300, 1500];

async function fetched<T>(load: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      const wait = retries[attempt];
      if (wait === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

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
          onClick={() => {
            this.props.onRetry();
            this.setState({ failed: false });
          }}
        >
          {t("part.retry")}
        </button>
      </div>
    );
  }
}

/** `message` says, in the lesson's words, what could not be shown and that the rest of the page is all there. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as React.lazy: any component, its props kept
export function lazyPart<T extends ComponentType<any>>(load: () => Promise<{ default: T }>, message: () => string): T {
  const make = () => lazy(() => fetched(load));
  let Part = make();
  function LazyPart(props: ComponentProps<T>) {
    return (
      <PartBoundary message={message()} onRetry={() => (Part = make())}>
        <Part {...props} />
      </PartBoundary>
    );
  }
  return LazyPart as unknown as T;
}
