import { AppRoutes } from "./routes";
import { Shell } from "./Shell";
import "./styles.css";
import "../exercises/exercises.css";

export function App() {
  return (
    <Shell>
      <AppRoutes />
    </Shell>
  );
}
