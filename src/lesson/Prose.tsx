// Markup the build rendered: a piece's prose, or an island as it was prerendered. React does not walk it.
// On the page the browser loaded it is already there (React leaves it as it is, `html` null); on a page
// reached by navigation it comes from that page's data, written by the same build. This is the one place
// the app puts markup into the page.
import { forwardRef, type HTMLAttributes } from "react";

type Props = HTMLAttributes<HTMLDivElement> & { html: string | null; [data: `data-${string}`]: string | undefined };

export const Prose = forwardRef<HTMLDivElement, Props>(function Prose({ html, ...props }, ref) {
  return <div ref={ref} {...props} dangerouslySetInnerHTML={{ __html: html ?? "" }} suppressHydrationWarning />;
});
