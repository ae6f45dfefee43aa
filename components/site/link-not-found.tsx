import { Link2Off } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { primaryButtonClass } from "@/components/ui/field";
import { ProblemPage } from "@/components/ui/problem-page";

/** Unknown, replaced and deleted links all end here, and the page says nothing about which. */
export function LinkNotFound() {
  const t = useTranslations("site.linkNotFound");
  return (
    <ProblemPage icon={Link2Off} title={t("title")}>
      <p>{t("text")}</p>
      <Link href="/" className={primaryButtonClass}>
        {t("home")}
      </Link>
    </ProblemPage>
  );
}
