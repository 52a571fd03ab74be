/**
 * jsdom lacks a few browser APIs Fluent UI and the virtualised list touch. Import this first in pane tests.
 */
import { TextDecoder, TextEncoder } from "util";

Object.assign(globalThis, { TextEncoder, TextDecoder });

if (!window.matchMedia) {
  Object.defineProperty(window, "matchMedia", {
    configurable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
}

if (!("ResizeObserver" in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver: ResizeObserverStub });
  Object.assign(globalThis, { ResizeObserver: ResizeObserverStub });
}

if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};

/*
 * jsdom builds a new computed style on every call, copying the cascade and resolving inherited values through every
 * ancestor against Fluent's long atomic style sheets. Role and name queries, axe and user-event's pointer checks ask
 * for the same elements' styles many times while the page stands still: keep each answer until the DOM changes
 * (checked synchronously on every call, so a changed page is never answered from before).
 */
if (!(window as { styleCache?: boolean }).styleCache) {
  const compute = window.getComputedStyle.bind(window);
  let cache = new WeakMap<Element, CSSStyleDeclaration>();
  // Records are taken on each call for changes made since; the callback gets those made before a call came.
  const changes = new MutationObserver(() => (cache = new WeakMap()));
  changes.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  window.getComputedStyle = (element: Element, pseudo?: string | null) => {
    if (pseudo) return compute(element, pseudo);
    if (changes.takeRecords().length > 0) cache = new WeakMap();
    let style = cache.get(element);
    if (!style) {
      style = compute(element);
      cache.set(element, style);
    }
    return style;
  };
  Object.assign(window, { styleCache: true });
}
