/** Build-time flags set by build.mjs through esbuild `define`. */
declare const __FIREFOX__: boolean;
declare const __CHROME__: boolean;
declare const __DEV__: boolean;
