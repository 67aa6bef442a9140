// A layout effect in the browser; on the server, where there is no layout, nothing (and no warning).
import { useEffect, useLayoutEffect } from "react";

export const useLayoutEffectInBrowser = typeof document === "undefined" ? useEffect : useLayoutEffect;
