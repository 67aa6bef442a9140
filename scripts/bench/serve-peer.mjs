// Serves the peer's build with scripts/serve.mjs, the app's own server (static files, a folder's index.html,
// text gzipped at level 9), with one difference: without the app's Content-Security-Policy header. That
// policy is the app's (no inline script, no style attribute); the peer's pages have both, and a host serving
// the peer would not send it. The other headers stay. Usage: node scripts/bench/serve-peer.mjs --port N --dir DIR
import { securityHeaders } from "../security-headers.mjs";

delete securityHeaders["content-security-policy"];
await import("../serve.mjs");
