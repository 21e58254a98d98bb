"use client";
// The home page's reminder of a running or timed-out exam. The home page carries no store: a quick
// look at saved data decides, and only when an exam is there is the notice (with the store) loaded.
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { hasSavedExam } from "@/lib/store/saved-exam";

const HomeExamBanner = dynamic(() => import("./home-exam-banner").then((m) => m.HomeExamBanner), { ssr: false });

export function HomeExamNotice() {
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    // After mount, never during render: the server has no saved data and the first render must match.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSaved(hasSavedExam(window.localStorage));
  }, []);
  return saved ? <HomeExamBanner /> : null;
}
