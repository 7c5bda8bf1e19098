/**
 * The one place the library imports its CDK framework from. Every other module imports cdktf's
 * classes from here, so that which framework is loaded (cdktf or its continuation CDK Terrain,
 * `cdktn`) is decided once.
 */
export * from "cdktf";
