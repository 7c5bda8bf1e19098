export * from "./schema/kept-schema";
export * from "./schema/check-terraform-json";
export { AlicloudProvider } from "./gen/providers/alicloud/provider";
export type { AlicloudProviderConfig } from "./gen/providers/alicloud/provider";
export * as alicloud from "./gen/providers/alicloud";
