"use client";
import type { DomainInfo, ExamProfile } from "@/lib/content/types";
import type { ProfilePlan } from "@/lib/exam/compose";
import { FormError } from "./form-error";
import { Card } from "@/components/ui/card";
import { muted, primaryButton } from "./styles";
import { useStartExam } from "./use-start-exam";

function ProfileCard({ profile, plan, domains }: { profile: ExamProfile; plan: ProfilePlan; domains: readonly DomainInfo[] }) {
  const { start, error, pending } = useStartExam();
  const title = (id: string) => domains.find((d) => d.id === id)?.title ?? id;
  const id = `profile-${profile.id}`;
  return (
    <Card as="section" className="flex flex-col gap-3" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="text-lg font-semibold">
        {profile.name}
      </h3>
      <p className="font-medium">
        {plan.count} questions · {plan.minutes} minutes · pass mark {profile.passMark}%
      </p>
      {profile.description && <p className={`text-sm ${muted}`}>{profile.description}</p>}
      {plan.byDomain && (
        <ul aria-label={`${profile.name}: questions per domain`} className={`space-y-0.5 text-sm ${muted}`}>
          {plan.byDomain.map((d) => (
            <li key={d.domain}>
              {title(d.domain)}: {Math.round(d.weight * 100)}% · {d.drawn} {d.drawn === 1 ? "question" : "questions"}
            </li>
          ))}
        </ul>
      )}
      {plan.unscored > 0 && (
        <p className={`text-sm ${muted}`}>
          {plan.unscored} of the questions are unscored, as on the real exam: you are not told which until the results.
        </p>
      )}
      {plan.notes.length > 0 && (
        <div role="note" aria-label={`${profile.name}: how the banks change this exam`} className="space-y-1 text-sm">
          {plan.notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      )}
      <div className="mt-auto">
        <button
          type="button"
          className={primaryButton}
          disabled={pending || plan.count === 0}
          aria-describedby={`${id}-error`}
          onClick={() => void start({ kind: "profile", profile })}
        >
          Start {profile.name}
        </button>
      </div>
      <FormError id={`${id}-error`} message={error} />
    </Card>
  );
}

/** One card per exam profile in content/stratus.yml; `plans` (planProfiles, at build time) in the same order. */
export function ProfileExams({ profiles, plans, domains }: { profiles: readonly ExamProfile[]; plans: readonly ProfilePlan[]; domains: readonly DomainInfo[] }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {profiles.map((profile, i) => (
        <ProfileCard key={profile.id} profile={profile} plan={plans[i]!} domains={domains} />
      ))}
    </div>
  );
}
