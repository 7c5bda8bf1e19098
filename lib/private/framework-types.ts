/*
 * The framework's type declarations, from whichever of CDK Terrain (`cdktn`) and cdktf the project
 * that compiles against this library has installed. Both peer dependencies are optional, so one of
 * the two modules below is missing in almost every project; the `@ts-ignore` directives are JSDoc
 * comments because tsc keeps JSDoc in the .d.ts it emits and drops other comments, and the published
 * declarations need the directive as much as this source does. `@ts-expect-error` would fail in
 * the projects where the module is present.
 *
 * Where both are installed, TypeScript reports the names they share as ambiguous (suppressed by the
 * second directive) and keeps the first: CDK Terrain, the framework framework.ts also prefers.
 */
/* eslint-disable @typescript-eslint/ban-ts-comment -- @ts-expect-error fails wherever the module is installed (see above) */

/** @ts-ignore resolves only where CDK Terrain (cdktn) is installed */
export type * from "cdktn";
/** @ts-ignore resolves only where cdktf is installed */
export type * from "cdktf";
