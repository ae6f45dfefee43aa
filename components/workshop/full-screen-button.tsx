"use client";

import { Maximize, Minimize } from "lucide-react";
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { secondaryButtonClass } from "@/components/ui/field";

function onChange(notify: () => void) {
  document.addEventListener("fullscreenchange", notify);
  return () => document.removeEventListener("fullscreenchange", notify);
}

/** Puts the page on the whole screen (and back), where the browser allows it. */
export function FullScreenButton() {
  const t = useTranslations("facilitator.fullScreen");
  // The server cannot know; the button appears once the browser says it may.
  const supported = useSyncExternalStore(
    onChange,
    () => document.fullscreenEnabled,
    () => false,
  );
  const on = useSyncExternalStore(
    onChange,
    () => document.fullscreenElement !== null,
    () => false,
  );
  if (!supported) return null;
  return (
    <button
      type="button"
      onClick={() =>
        void (on ? document.exitFullscreen() : document.documentElement.requestFullscreen())
      }
      className={`${secondaryButtonClass} min-h-10 gap-1.5 px-3 text-sm [&>svg]:size-4`}
    >
      {on ? <Minimize aria-hidden="true" /> : <Maximize aria-hidden="true" />}
      {on ? t("leave") : t("enter")}
    </button>
  );
}
