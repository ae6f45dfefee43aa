"use client";

import { Bell, BellOff, CircleCheckBig } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Badge } from "@/components/ui/badge";

/** A short two-note chime, made on the spot: no sound file to download. */
function chime() {
  const context = new AudioContext();
  const notes = [660, 880];
  notes.forEach((frequency, index) => {
    const start = context.currentTime + index * 0.18;
    const tone = context.createOscillator();
    const volume = context.createGain();
    tone.frequency.value = frequency;
    volume.gain.setValueAtTime(0.0001, start);
    volume.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
    volume.gain.exponentialRampToValueAtTime(0.0001, start + 0.5);
    tone.connect(volume).connect(context.destination);
    tone.start(start);
    tone.stop(start + 0.55);
  });
  setTimeout(() => void context.close(), 1_500);
}

/**
 * Tells the facilitator (and the room) the moment everyone who joined has voted: a banner that
 * screen readers announce and, when switched on here, a chime. Browsers only play sound after
 * the page was clicked, which the switch itself does.
 */
export function EveryoneVoted({
  joined,
  voted,
  size = "page",
}: {
  joined: number;
  voted: number;
  size?: "page" | "room";
}) {
  const t = useTranslations("ballot.everyoneVoted");
  const everyone = joined > 0 && voted >= joined;
  const [sound, setSound] = useState(false);
  const heard = useRef(everyone);
  useEffect(() => {
    if (everyone && !heard.current && sound) chime();
    heard.current = everyone;
  }, [everyone, sound]);

  return (
    <div className="flex flex-wrap items-center gap-3">
      <p role="status" className="empty:hidden" data-testid="everyone-voted">
        {everyone ? (
          <Badge tone="success" size={size}>
            <CircleCheckBig aria-hidden="true" />
            {t("banner")}
          </Badge>
        ) : null}
      </p>
      <button
        type="button"
        aria-pressed={sound}
        onClick={() => setSound((on) => !on)}
        className="text-muted hover:text-ink rounded-control inline-flex min-h-10 items-center gap-1.5 px-2 text-sm font-medium [&>svg]:size-4"
      >
        {sound ? <Bell aria-hidden="true" /> : <BellOff aria-hidden="true" />}
        {t("chime")}
      </button>
    </div>
  );
}
