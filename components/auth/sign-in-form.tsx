"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { useFieldWords } from "@/components/ui/field-words";
import { emailAddressSchema } from "@/lib/auth/email-address";
import { signInErrorKey } from "./auth-errors";

interface Props {
  callbackPath: string;
  providers: Array<{ id: string; name: string }>;
}

const buttonBase =
  "w-full rounded-control px-4 py-3 font-semibold disabled:cursor-not-allowed disabled:opacity-60";

export function SignInForm({ callbackPath, providers }: Props) {
  const t = useTranslations("auth.form");
  const errors = useTranslations("auth.errors");
  const fieldWords = useFieldWords();
  const router = useRouter();
  const inputId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);

  async function sendLink(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = emailAddressSchema.safeParse(email);
    if (!parsed.success) {
      const found = parsed.error.issues[0];
      // The schema's message is a field error code, worded as the address field's.
      setError(found ? fieldWords.field("email", found.message) : t("emailMissing"));
      input.current?.focus();
      return;
    }
    setError(null);
    setPending("email");
    try {
      const result = await signIn("email", {
        email: parsed.data,
        callbackUrl: callbackPath,
        redirect: false,
      });
      if (!result?.ok || result.error) {
        setError(errors(signInErrorKey(result?.error ?? "EmailSignin")));
        setPending(null);
        return;
      }
      router.push("/sign-in/check-email");
    } catch {
      setError(t("unreachable"));
      setPending(null);
    }
  }

  return (
    <div className="space-y-6">
      <form noValidate onSubmit={sendLink} className="space-y-3">
        <label htmlFor={inputId} className="block font-semibold">
          {t("emailLabel")}
        </label>
        <input
          ref={input}
          id={inputId}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="rounded-control border-line-strong bg-surface block w-full border px-3 py-3 text-base"
        />
        {error && (
          <p id={errorId} role="alert" className="text-danger text-sm font-medium">
            {error}
          </p>
        )}
        <button
          type="submit"
          disabled={pending !== null}
          className={`${buttonBase} bg-accent hover:bg-accent-strong text-on-accent`}
        >
          {pending === "email" ? t("sending") : t("send")}
        </button>
      </form>

      {providers.length > 0 && (
        <section aria-labelledby={`${inputId}-others`} className="space-y-3">
          <h2 id={`${inputId}-others`} className="text-muted text-sm font-semibold">
            {t("others")}
          </h2>
          <ul className="space-y-2">
            {providers.map((provider) => (
              <li key={provider.id}>
                <button
                  type="button"
                  disabled={pending !== null}
                  onClick={() => {
                    setPending(provider.id);
                    void signIn(provider.id, { callbackUrl: callbackPath });
                  }}
                  className={`${buttonBase} text-ink border-line-strong bg-surface hover:bg-surface-muted border`}
                >
                  {pending === provider.id
                    ? t("opening", { provider: provider.name })
                    : provider.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
