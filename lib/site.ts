// Site-wide navigation and naming, kept as data so the header, footer and tests agree.
export const SITE_NAME = "Stratus";
export const SITE_TAGLINE = "Study notes, practice exams and spaced review for cloud certification exams.";

export const NAV_ITEMS = [
  { href: "/topics/", label: "Topics" },
  { href: "/exam/", label: "Exams" },
  { href: "/review/", label: "Review" },
  { href: "/missed/", label: "Missed" },
  { href: "/progress/", label: "Progress" },
  { href: "/settings/", label: "Settings" },
] as const;
