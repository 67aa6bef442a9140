// A link to another address of the app: a real link (it opens in a new tab, it works before the app has
// loaded), which moves there without reloading the page, and starts fetching it when the learner points at it.
import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { navigation } from "./navigation";
import { basePath } from "./urls";

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { to: string; replace?: boolean };

export function AppLink({ to, replace, onClick, onPointerEnter, onFocus, ...props }: Props) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigation.go(to, { replace: !!replace });
  };
  return (
    <a
      href={`${basePath}${to}`}
      onClick={follow}
      onPointerEnter={(event) => {
        onPointerEnter?.(event);
        navigation.prefetch(to);
      }}
      onFocus={(event) => {
        onFocus?.(event);
        navigation.prefetch(to);
      }}
      {...props}
    />
  );
}
