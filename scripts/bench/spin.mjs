// The benchmark's busy mode runs this beside the measurements: one thread computing without a pause, so it
// keeps one CPU core fully busy, at normal priority, until it is killed.
let x = 1;
for (;;) x = (x * 48271) % 2147483647;
