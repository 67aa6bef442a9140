// A link to another address of the app: it moves there without reloading the page.
import type { ReactNode } from "react";
import { Link } from "react-router";

export function AppLink({ to, className, children }: { to: string; className?: string; children: ReactNode }) {
  return (
    <Link to={to} className={className}>
      {children}
    </Link>
  );
}
