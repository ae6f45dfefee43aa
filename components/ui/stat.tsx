import type { ReactNode } from "react";

/** One number with its label, inside a <dl>: big on the presenter's screen, modest elsewhere. */
export function Stat({
  label,
  value,
  size = "regular",
  testId,
}: {
  label: string;
  value: ReactNode;
  size?: "regular" | "room";
  testId?: string;
}) {
  const room = size === "room";
  return (
    <div className="rounded-card shadow-card border-line bg-surface border p-5 text-center">
      <dt className={room ? "text-2xl font-semibold" : "text-muted text-sm font-medium"}>
        {label}
      </dt>
      <dd
        className={`font-bold tracking-tight tabular-nums ${room ? "text-display sm:text-8xl" : "text-3xl"}`}
        data-testid={testId}
      >
        {value}
      </dd>
    </div>
  );
}
