// Code blocks are highlighted at build time with Shiki, in the light and the dark theme at once
// (CSS variables; app/globals.css picks the dark colours under `.dark`), so topic pages carry no
// highlighting JavaScript. Each block gets a frame with its language's name; the copy button is
// added in the browser (components/topic/code-copy.tsx), since copying needs script anyway.
//
// Grammars are imported statically because rendering is synchronous, but a grammar is only
// registered with the highlighter the first time a note uses its language. A language outside this
// list renders as plain text, still labelled with the name the note gave.
import rehypeShikiFromHighlighter from "@shikijs/rehype/core";
import type { Element, ElementContent, Root } from "hast";
import { createHighlighterCoreSync, type HighlighterCore, type LanguageRegistration } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import c from "shiki/langs/c.mjs";
import csharp from "shiki/langs/csharp.mjs";
import css from "shiki/langs/css.mjs";
import diff from "shiki/langs/diff.mjs";
import docker from "shiki/langs/docker.mjs";
import go from "shiki/langs/go.mjs";
import graphql from "shiki/langs/graphql.mjs";
import hcl from "shiki/langs/hcl.mjs";
import html from "shiki/langs/html.mjs";
import ini from "shiki/langs/ini.mjs";
import java from "shiki/langs/java.mjs";
import javascript from "shiki/langs/javascript.mjs";
import json from "shiki/langs/json.mjs";
import jsonc from "shiki/langs/jsonc.mjs";
import jsx from "shiki/langs/jsx.mjs";
import kotlin from "shiki/langs/kotlin.mjs";
import make from "shiki/langs/make.mjs";
import markdown from "shiki/langs/markdown.mjs";
import powershell from "shiki/langs/powershell.mjs";
import python from "shiki/langs/python.mjs";
import rust from "shiki/langs/rust.mjs";
import shellscript from "shiki/langs/shellscript.mjs";
import shellsession from "shiki/langs/shellsession.mjs";
import sql from "shiki/langs/sql.mjs";
import terraform from "shiki/langs/terraform.mjs";
import toml from "shiki/langs/toml.mjs";
import tsx from "shiki/langs/tsx.mjs";
import typescript from "shiki/langs/typescript.mjs";
import xml from "shiki/langs/xml.mjs";
import yaml from "shiki/langs/yaml.mjs";
import githubDark from "shiki/themes/github-dark-default.mjs";
import githubLight from "shiki/themes/github-light-default.mjs";
import { visit, SKIP } from "unist-util-visit";

const GRAMMARS: LanguageRegistration[][] = [
  c, csharp, css, diff, docker, go, graphql, hcl, html, ini, java, javascript, json, jsonc, jsx, kotlin, make,
  markdown, powershell, python, rust, shellscript, shellsession, sql, terraform, toml, tsx, typescript, xml, yaml,
];

/** Every name and alias a fence may use → the grammar bundle that provides it (last entry is the language). */
const byName = new Map<string, LanguageRegistration[]>();
const displayNames = new Map<string, string>();
for (const bundle of GRAMMARS) {
  const main = bundle.at(-1)!;
  for (const name of [main.name, ...(main.aliases ?? [])]) {
    byName.set(name.toLowerCase(), bundle);
    displayNames.set(name.toLowerCase(), main.displayName ?? main.name);
  }
}
// Names people write that the grammars don't list as aliases.
for (const [alias, name] of [["terminal", "shellsession"], ["tf", "terraform"], ["dockerfile", "docker"]] as const) {
  byName.set(alias, byName.get(name)!);
  displayNames.set(alias, displayNames.get(name)!);
}

export const THEMES = { light: "github-light-default", dark: "github-dark-default" } as const;

let highlighter: HighlighterCore | undefined;
function getHighlighter(): HighlighterCore {
  highlighter ??= createHighlighterCoreSync({
    themes: [githubLight, githubDark],
    langs: [],
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  });
  return highlighter;
}

const languageOf = (pre: Element): string | undefined => {
  const code = pre.children[0];
  if (code?.type !== "element" || code.tagName !== "code") return undefined;
  const classes = code.properties.className;
  const found = Array.isArray(classes) ? classes.find((c) => String(c).startsWith("language-")) : undefined;
  return found === undefined ? undefined : String(found).slice("language-".length);
};

/** The name a reader sees: "Python" for `py`, the fence's own word for a language we don't highlight. */
export function languageLabel(lang: string): string {
  return displayNames.get(lang.toLowerCase()) ?? lang;
}

/** Registers the grammars this document's code blocks need (once per process). */
function loadLanguages(tree: Root): void {
  const shiki = getHighlighter();
  const loaded = new Set(shiki.getLoadedLanguages());
  visit(tree, "element", (node) => {
    if (node.tagName !== "pre") return;
    const lang = languageOf(node)?.toLowerCase();
    const bundle = lang ? byName.get(lang) : undefined;
    if (!lang || !bundle || loaded.has(lang)) return;
    shiki.loadLanguageSync(bundle);
    // Shiki 4 with two themes tokenises a grammar's first block wrongly in the first theme (every
    // light token came out the default colour, or one colour). Tokenising a word in each theme once,
    // right after loading, makes every later block come out right (see code.test.ts).
    for (const grammar of bundle) {
      for (const theme of [THEMES.light, THEMES.dark]) shiki.codeToTokensBase("x", { lang: grammar.name, theme });
    }
    for (const name of shiki.getLoadedLanguages()) loaded.add(name);
  });
}

/** Fences written in upper case (```Python) still find their grammar. */
function lowerCaseLanguages(tree: Root): void {
  visit(tree, "element", (node) => {
    const lang = node.tagName === "pre" ? languageOf(node) : undefined;
    const code = node.children[0] as Element | undefined;
    if (lang && code) code.properties.className = [`language-${lang.toLowerCase()}`];
  });
}

/** Wraps each highlighted block in a frame that names its language. */
function frameCodeBlocks(tree: Root, labels: (string | undefined)[]): void {
  let n = 0;
  visit(tree, "element", (node, index, parent) => {
    if (node.tagName !== "pre" || !parent || index === undefined) return;
    const label = labels[n++];
    // Shiki sets a lower-case `tabindex`; keep one, in hast's own spelling, for later plugins.
    delete node.properties.tabindex;
    node.properties.tabIndex = 0;
    const header: Element = {
      type: "element",
      tagName: "div",
      properties: { className: ["code-header"] },
      children: label ? [{ type: "element", tagName: "span", properties: { className: ["code-lang"] }, children: [{ type: "text", value: label }] }] : [],
    };
    const frame: Element = { type: "element", tagName: "div", properties: { className: ["code-block"] }, children: [header, node] };
    parent.children.splice(index, 1, frame as ElementContent);
    return SKIP;
  });
}

/**
 * Highlights after sanitising: Shiki's output (inline colour styles) is generated here from the code
 * text alone, so nothing the note wrote reaches the page unescaped.
 */
export function rehypeHighlightCode() {
  return (tree: Root) => {
    const labels: (string | undefined)[] = [];
    let any = false;
    visit(tree, "element", (node) => {
      if (node.tagName !== "pre") return;
      any = true;
      const lang = languageOf(node);
      labels.push(lang && !["text", "txt", "plain", "plaintext"].includes(lang.toLowerCase()) ? languageLabel(lang) : undefined);
    });
    if (!any) return;
    lowerCaseLanguages(tree);
    loadLanguages(tree);
    // The core highlighter has every method the plugin calls; its type names the full bundle's.
    const highlight = rehypeShikiFromHighlighter(getHighlighter() as Parameters<typeof rehypeShikiFromHighlighter>[0], {
      themes: THEMES,
      defaultColor: "light",
      defaultLanguage: "text",
      fallbackLanguage: "text",
      // No time limit per line: under load the default (500 ms) let a busy build leave lines
      // uncoloured, so the same note highlighted differently from one build to the next.
      tokenizeTimeLimit: 0,
    }) as (tree: Root) => void;
    highlight(tree);
    frameCodeBlocks(tree, labels);
  };
}
