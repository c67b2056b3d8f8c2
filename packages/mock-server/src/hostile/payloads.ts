// The hostile texts of the `hostile` seed: each one calls `window.__portalTrap(id)` if the page
// ever runs it, or tries to break the layout, the reading order or a link's scheme.

/** The trap a payload calls when it runs; the browser suites define it and fail when it is called. */
export const TRAP = '__portalTrap';

/** One hostile text with the name a failing test prints. */
export interface Payload {
  /** A short name: the kind of attack and its number (`script-3`). */
  id: string;
  /** The text itself. */
  text: string;
}

const call = (id: string) => `window.${TRAP}('${id}')`;
const js = (id: string) => `javascript:${call(id)}`;

/** Markup that runs script when parsed as HTML. */
const markup = (id: string): string[] => [
  `<script>${call(id)}</script>`,
  `<img src=x onerror="${call(id)}">`,
  `<svg onload="${call(id)}"></svg>`,
  `<svg><script>${call(id)}</script></svg>`,
  `<svg><a xlink:href="${js(id)}"><text x="0" y="20">klik</text></a></svg>`,
  `<svg><animate onbegin="${call(id)}" attributeName="x" dur="1s"/></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${call(id)}">`,
  `<math href="${js(id)}"><mi>x</mi></math>`,
  `<iframe srcdoc="<script>parent.${call(id)}</script>"></iframe>`,
  `<iframe src="${js(id)}"></iframe>`,
  `<object data="${js(id)}"></object>`,
  `<embed src="data:text/html,<script>parent.${call(id)}</script>">`,
  `<body onload="${call(id)}">`,
  `<details open ontoggle="${call(id)}">`,
  `<input autofocus onfocus="${call(id)}">`,
  `<video><source onerror="${call(id)}"></video>`,
  `<audio src=x onerror="${call(id)}">`,
  `<marquee onstart="${call(id)}">`,
  `<form action="${js(id)}"><button>verstuur</button></form>`,
  `<button formaction="${js(id)}">ok</button>`,
  `<a href="${js(id)}">open</a>`,
  `<a href="JaVaScRiPt:${call(id)}">open</a>`,
  `<a href="&#106;avascript:${call(id)}">open</a>`,
  `<a href="java&#x09;script:${call(id)}">open</a>`,
  `<base href="${js(id)}//">`,
  `<meta http-equiv="refresh" content="0;url=${js(id)}">`,
  `<link rel="import" href="data:text/html,<script>${call(id)}</script>">`,
  `<template><img src=x onerror="${call(id)}"></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${call(id)}>">`,
  `<style>@import '${js(id)}';</style>`,
  `<div style="background:url(${js(id)})">x</div>`,
  `<x onclick="${call(id)}" style="display:block;position:fixed;inset:0">x</x>`,
  `"><img src=x onerror=${call(id)}>`,
  `'><svg onload=${call(id)}>`,
  `</textarea><script>${call(id)}</script>`,
  `</title><script>${call(id)}</script>`,
  `<!--<img src="--><img src=x onerror=${call(id)}//">`,
  `<scr<script>ipt>${call(id)}</scr</script>ipt>`,
  `<svg><set onbegin="${call(id)}" attributeName="x" to="1"/></svg>`,
  `<img srcset="x 1x" onerror="${call(id)}">`,
  `<style onload="${call(id)}"></style>`,
  `<a href="data:text/html,<script>${call(id)}</script>">open</a>`,
  `<a href="vbscript:msgbox('${id}')">open</a>`,
  `<isindex action="${js(id)}" type="image">`,
  `<select autofocus onfocus="${call(id)}"></select>`,
  `<textarea autofocus onfocus="${call(id)}"></textarea>`,
  `<svg><foreignObject><img src=x onerror="${call(id)}"></foreignObject></svg>`,
  `<math><maction actiontype="statusline" xlink:href="${js(id)}">klik</maction></math>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg' onload='${call(id)}'/>#x"/></svg>`,
  `<portal-login onclick="${call(id)}"></portal-login><slot name="x" onslotchange="${call(id)}">`,
];

/** Whole-text URLs that must never become a link or a source. */
const urls = (id: string): string[] => [
  js(id),
  ` javascript:${call(id)}`,
  `JAVASCRIPT:${call(id)}`,
  `java\u0000script:${call(id)}`,
  `data:text/html;base64,${btoa(`<script>${call(id)}</script>`)}`,
  `data:text/html,<script>${call(id)}</script>`,
  `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${call(id)}"/>`,
  `vbscript:msgbox("${id}")`,
  `VBScript:Execute("${id}")`,
  `file:///etc/passwd#${id}`,
  `//evil.example/${id}`,
  `blob:https://evil.example/${id}`,
];

/** Template, style and expression injection for other renderers. */
const templates = (id: string): string[] => [
  `\${${call(id)}}`,
  `{{constructor.constructor('${call(id)}')()}}`,
  `{{${call(id)}}}`,
  `<%= ${call(id)} %>`,
  `#{${call(id)}}`,
  `[[${call(id)}]]`,
  `\`;${call(id)};\``,
  `</style><script>${call(id)}</script>`,
  `x;}*{background:url("${js(id)}")}`,
  `expression(${call(id)})`,
  `*{display:none!important}`,
  `@import url(${js(id)});`,
  `<!--lit-part-->${id}<?lit$1$>`,
  `\u0000<script>${call(id)}</script>`,
];

const RLO = '\u202e';
const LRO = '\u202d';
const RLI = '\u2067';
const PDI = '\u2069';
const ZWSP = '\u200b';
const ZWJ = '\u200d';

/** Reading-order, invisible-character and layout tricks (no script; they test the layout). */
const unicode = (id: string): string[] => [
  `${RLO}gnp.exe${PDI} ${id}`,
  `factuur${RLO}fdp.exe ${id}`,
  `${LRO}0612345678${PDI} ${id}`,
  `${RLI}أحمد${PDI} ${id} שלום עולם`,
  `Ja${ZWSP}vas${ZWSP}cript ${ZWJ}${id}`,
  `${'\u200e\u200f'.repeat(40)}${id}`,
  `\ufeff${id}\ufeff`,
  `${'\u2028'}${id}${'\u2029'}regel`,
  `${id}\u0008\u0007\u001b[31m`,
  `paypa\u0131.com ${id} \u0430pple`,
  `Z\u0336a\u0337l\u0335g\u0334o\u0338 ${'\u0300\u0301\u0302\u0303\u0304'.repeat(30)} ${id}`,
  `e${'\u0301'.repeat(200)} ${id}`,
  `👨‍👩‍👧‍👦🏳️‍🌈🧑🏽‍⚕️ ${id} ${'🦄'.repeat(60)}`,
  `${'\ud83d\ude00'.repeat(120)}${id}`,
  `\ud800 ${id} \udfff`,
  `${'ﷺ'.repeat(60)} ${id}`,
  `${'꧅'.repeat(80)} ${id}`,
  `${'W'.repeat(300)}${id}`,
  `${'m'.repeat(2000)}${id}`,
  `${'a'.repeat(10_000)}`,
  `${'Zorgmedewerker'.repeat(714)}${id}`,
  `${'🙂'.repeat(5000)}`,
  `${'x\u00ad'.repeat(4000)}${id}`,
  `${'-'.repeat(5000)}${id}`,
  `${'http://'.repeat(1500)}${id}`,
  `${' '.repeat(3)}\n\n\n\t${id}\r\n`,
];

function named(kind: string, make: (id: string) => string[]): Payload[] {
  return make(`${kind}-0`).map((_, n) => {
    const id = `${kind}-${n + 1}`;
    return { id, text: make(id)[n]! };
  });
}

/** Every payload (more than 100), in a fixed order. */
export const payloads: readonly Payload[] = [
  ...named('markup', markup),
  ...named('url', urls),
  ...named('template', templates),
  ...named('unicode', unicode),
];
