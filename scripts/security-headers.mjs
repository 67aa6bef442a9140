// The app's Content-Security-Policy and the headers a static host should send, in one place: the build
// writes the policy into every page as a meta tag, scripts/serve.mjs sends the headers, the README lists them.

/** What the built app needs, and nothing more: its own scripts, styles, images, workers and manifest. */
const directives = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "worker-src": ["'self'"],
  "manifest-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
};

const policy = (extra = {}) =>
  Object.entries({ ...directives, ...extra })
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");

/** The policy as a meta tag carries it. `frame-ancestors` is ignored (and warned about) in a meta tag. */
export const contentSecurityPolicy = policy();

/** The headers for a static host: the same policy plus what only a header can say. */
export const securityHeaders = {
  "content-security-policy": policy({ "frame-ancestors": ["'none'"] }),
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

/** The meta tag the build puts first in every page's head, so that it governs everything after it. */
export const cspMetaTag = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`;
