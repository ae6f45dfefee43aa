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
  return (
    <form action="/j" method="get" className="flex flex-wrap items-end gap-3">
      <div className="min-w-0 flex-1">
        <InputField
          name="code"
          id={id}
          label="Join code"
          error={error}
          defaultValue={defaultValue}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={16}
          placeholder={`${JOIN_CODE_LENGTH} characters, like K7M 4QX`}
        />
      </div>
      <button type="submit" className={primaryButtonClass}>
        Join
      </button>
    </form>
  );
}
