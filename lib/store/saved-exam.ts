// A look at the saved exam without loading the store (zustand, the scheduler): pages that only need
// to know whether an exam is running, or which files it will fetch, stay small and fast.
import { STORAGE_KEY } from "./key";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether saved data holds an exam in progress. Never throws; damaged data reads as "no". */
export function hasSavedExam(storage: Pick<Storage, "getItem"> | undefined): boolean {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? "null");
    return isObject(parsed) && isObject(parsed.state) && isObject(parsed.state.examActive);
  } catch {
    return false;
  }
}

/**
 * Source of an inline script for the running-exam page: before any page JavaScript loads, it reads
 * the saved attempt and preloads the bank files the app will fetch for it (the index, and the topic
 * files of the attempt's topics), so the first question can paint as soon as React has the attempt.
 * It mirrors fetch-bank's URLs and must never throw.
 */
export const examPreloadScript = `(function(){try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})||"null");var a=s&&s.state&&s.state.examActive;var t=a&&a.config&&a.config.topics;if(!Array.isArray(t)||!Array.isArray(a.questionIds))return;var u=["/data/index.json"];for(var i=0;i<t.length&&i<200;i++)if(typeof t[i]==="string")u.push("/data/topics/"+encodeURIComponent(t[i])+".json");for(var j=0;j<u.length;j++){var l=document.createElement("link");l.rel="preload";l.as="fetch";l.crossOrigin="anonymous";l.href=u[j];document.head.appendChild(l)}}catch(e){}})();`;
