"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { Connection } from "./use-live-updates";
import { Notice } from "@/components/ui/notice";

const GRACE_MS = 3_000;

/**
 * Says so when live updates are down for more than a moment (a blip while reconnecting is not
 * worth a message), and that the page catches up by itself.
 */
export function ConnectionNotice({ connection }: { connection: Connection }) {
  const t = useTranslations("ui");
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (connection !== "offline") {
      const reset = setTimeout(() => setShown(false), 0);
      return () => clearTimeout(reset);
    }
    const timer = setTimeout(() => setShown(true), GRACE_MS);
    return () => clearTimeout(timer);
  }, [connection]);
  return (
    <p role="status" className="print:hidden">
      {shown ? (
        <Notice tone="warning" as="span">
          {t("connectionLost")}
        </Notice>
      ) : null}
    </p>
  );
}
