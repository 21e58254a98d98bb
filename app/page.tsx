import Link from "next/link";
import { getContent } from "@/lib/content";

export default function HomePage() {
  const { topics } = getContent();
  return (
    <ul>
      {topics.map((t) => (
        <li key={t.slug}><Link href={`/topics/${t.slug}/`}>{t.title}</Link></li>
      ))}
    </ul>
  );
}
