/**
 * A workshop's join code as people read it off a screen: in two groups of three, with where to
 * type it. Screen readers get it letter by letter.
 */
export function JoinCode({
  code,
  origin,
  size = "normal",
}: {
  code: string;
  origin: string;
  size?: "normal" | "large";
}) {
  const grouped = `${code.slice(0, 3)} ${code.slice(3)}`;
  const host = origin.replace(/^https?:\/\//, "");
  return (
    <p className={size === "large" ? "text-xl" : "text-muted"}>
      Or go to <span className="text-ink font-semibold">{host}/j</span> and type{" "}
      <span
        data-testid="join-code"
        aria-label={`join code ${code.split("").join(" ")}`}
        className={`text-ink bg-surface-muted rounded-control inline-block px-2 font-mono font-bold tracking-widest ${
          size === "large" ? "text-5xl" : "text-lg"
        }`}
      >
        {grouped}
      </span>
    </p>
  );
}
