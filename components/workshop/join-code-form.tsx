import { useTranslations } from "next-intl";
import { JOIN_CODE_LENGTH } from "@/lib/ids";
import { InputField, primaryButtonClass } from "@/components/ui/field";

/**
 * The join code box: a plain form that asks /j for the workshop behind the code, so it works
 * before (and without) any JavaScript and adds none to the page it sits on.
 */
export function JoinCodeForm({
  id = "code",
  defaultValue,
  error,
}: {
  id?: string;
  defaultValue?: string;
  error?: string;
}) {
  const t = useTranslations("join.codeForm");
  return (
    <form action="/j" method="get" className="flex flex-wrap items-end gap-3">
      <div className="min-w-0 flex-1">
        <InputField
          name="code"
          id={id}
          label={t("label")}
          error={error}
          defaultValue={defaultValue}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={16}
          placeholder={t("placeholder", { length: JOIN_CODE_LENGTH })}
        />
      </div>
      <button type="submit" className={primaryButtonClass}>
        {t("submit")}
      </button>
    </form>
  );
}
