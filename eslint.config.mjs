// ESLint for the library, tests, examples, benchmarks and scripts. The generated bindings under
// lib/gen are not ours to lint: they are regenerated, never edited.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["lib/gen/**", "dist/**", "cdktf.out/**", "node_modules/**", "coverage/**", "docs/api/**", ".scratch/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      // Tests and plan parsing handle untyped JSON on purpose; `any` stays visible but allowed there.
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Lazy requires keep heavy modules (the generator, ts-node) off the load path of the library.
      "@typescript-eslint/no-require-imports": "off",
      "no-template-curly-in-string": "off",
      eqeqeq: ["error", "always"],
      "prefer-const": "error",
    },
  },
  {
    files: ["bin/**", "**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
  },
);
