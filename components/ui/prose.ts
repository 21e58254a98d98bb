// Rendered Markdown inside the study screens (exam, review, missed): one definition, so inline code
// looks the same everywhere. Typography's default wraps `code` in literal backticks; the code's
// own box already marks it, so they are switched off.
export const proseHtml =
  "prose prose-slate max-w-none [overflow-wrap:anywhere] dark:prose-invert prose-p:my-2 prose-pre:my-2 prose-code:before:content-none prose-code:after:content-none";
