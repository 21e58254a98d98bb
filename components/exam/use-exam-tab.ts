"use client";
// One running exam, one active tab. Two tabs answering the same attempt would each save their own
// copy and the last write would win, so answers given in the other tab could vanish. The Web Locks
// API (shared by every tab of this site in this browser) decides: the tab holding the exam's lock
// runs it; any other tab shows "open in another tab" and can take the lock over ("steal"), which
// moves the exam here and turns the first tab into the one that waits. A waiting tab also queues
// for the lock, so closing the active tab hands the exam over on its own.
// Without Web Locks (very old browsers) every tab stays active, as before.
import { useCallback, useEffect, useRef, useState } from "react";
import { useStratus } from "@/lib/store";

export type ExamTabRole = "checking" | "active" | "elsewhere";

const lockName = (attemptId: string) => `stratus-exam:${attemptId}`;

export function useExamTab(attemptId: string | undefined): { role: ExamTabRole; takeOver: () => void } {
  const [role, setRole] = useState<ExamTabRole>("checking");
  const takeOverRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!attemptId) return;
    const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
    if (!locks) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setRole("active");
      return;
    }
    const name = lockName(attemptId);
    let disposed = false;
    let release: (() => void) | undefined;
    let waiting: AbortController | undefined;
    /** Another tab may have answered since: read its saves before answering here. */
    let behind = false;

    /** Holds the lock until this page leaves (or another tab steals it). */
    const hold = async () => {
      if (disposed) return;
      if (behind) {
        // The storage event has usually brought the other tab's answers already; make sure.
        await useStratus.persist.rehydrate();
        behind = false;
        if (disposed) return;
      }
      setRole("active");
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    };

    /** A request that ends without this page leaving means the lock was stolen: wait again. */
    const lost = () => {
      if (disposed) return;
      release = undefined;
      behind = true;
      setRole("elsewhere");
      wait();
    };

    function wait() {
      const controller = new AbortController();
      waiting = controller;
      let granted = false;
      locks!
        .request(name, { signal: controller.signal }, () => {
          granted = true;
          return hold();
        })
        .then(
          () => undefined,
          () => {
            if (granted) lost();
          },
        );
    }

    locks
      .request(name, { ifAvailable: true }, (lock) => {
        if (!lock) {
          if (!disposed) {
            behind = true;
            setRole("elsewhere");
            wait();
          }
          return undefined;
        }
        return hold();
      })
      .then(
        () => undefined,
        () => lost(),
      );

    takeOverRef.current = () => {
      waiting?.abort();
      waiting = undefined;
      locks.request(name, { steal: true }, hold).then(
        () => undefined,
        () => lost(),
      );
    };

    return () => {
      disposed = true;
      waiting?.abort();
      release?.();
    };
  }, [attemptId]);

  const takeOver = useCallback(() => takeOverRef.current(), []);
  return { role: attemptId ? role : "checking", takeOver };
}
