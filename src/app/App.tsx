import { AppRoutes } from "./routes";
import { Shell } from "./Shell";
import "./styles.css";

export function App() {
  return (
    <Shell>
      <AppRoutes />
    </Shell>
  );
}
