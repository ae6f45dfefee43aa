import { useTranslations } from "next-intl";

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
  const t = useTranslations("facilitator.joinCode");
  const grouped = `${code.slice(0, 3)} ${code.slice(3)}`;
  const host = origin.replace(/^https?:\/\//, "");
  return (
    <p className={size === "large" ? "text-xl" : "text-muted"}>
      {t.rich("instruction", {
        host,
        code: grouped,
        place: (chunks) => <span className="text-ink font-semibold">{chunks}</span>,
        typed: (chunks) => (
          <span
            data-testid="join-code"
            aria-label={t("label", { letters: code.split("").join(" ") })}
            className={`text-ink bg-surface-muted rounded-control inline-block px-2 font-mono font-bold tracking-widest ${
              size === "large" ? "text-5xl" : "text-lg"
            }`}
          >
            {chunks}
          </span>
        ),
      })}
    </p>
  );
}
