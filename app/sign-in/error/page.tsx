import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { errorPageMessage } from "@/components/auth/auth-errors";

export const metadata: Metadata = { title: "Sign-in problem" };

const searchSchema = z.object({ error: z.string().max(64).optional().catch(undefined) });

export default async function SignInErrorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { error } = searchSchema.parse(await searchParams);
  const message = errorPageMessage(error);
  return (
    <div className="mx-auto max-w-md space-y-5">
      <h1 className="text-3xl font-bold tracking-tight">{message.title}</h1>
      <p role="alert" className="text-muted">
        {message.text}
      </p>
      <p>
        <Link
          href="/sign-in"
          className="bg-accent hover:bg-accent-strong rounded-control text-on-accent inline-block px-4 py-3 font-semibold"
        >
          Back to sign-in
        </Link>
      </p>
    </div>
  );
}
