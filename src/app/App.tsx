import { AppRoutes } from "./routes";
import { Shell } from "./Shell";

export function App() {
  return (
    <Shell>
      <AppRoutes />
    </Shell>
  );
}
