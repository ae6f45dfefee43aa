import type { Metadata } from "next";
import { CircleAlert } from "lucide-react";
import Link from "next/link";
import { primaryButtonClass } from "@/components/ui/field";
import { ProblemPage } from "@/components/ui/problem-page";
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
    <ProblemPage icon={CircleAlert} title={message.title}>
      <p role="alert">{message.text}</p>
      <Link href="/sign-in" className={primaryButtonClass}>
        Back to sign-in
      </Link>
    </ProblemPage>
  );
}
