/** Live-page hiding of detected appeals (DOM only; the content script wires it to settings). */
export { startHiding } from './start-hiding.js';
export { ALL_KINDS, type HidingController, type HidingOptions, type HidingState } from './hiding-types.js';
export { KIND_ATTRIBUTE, UNLOCK_ATTRIBUTE, STYLE_ATTRIBUTE } from './hiding-stylesheet.js';
